"""The learned second opinion: a linear scorer over a sentence's features.

A logistic model per language and per rule (tone, feedback in the body),
trained by tests/corpus/train.py on the labelled corpus, reads each sentence
of the body and gives the chance that a careful reader would stop at it. It
is a second opinion beside the hand-written frames: what it finds is a
warning, and it explains itself by quoting the words that weighed most.

The weights ship as a JSON file beside this module and are read once, on the
first letter that needs them. Scoring is a sum over the sentence's features,
so its cost grows with the sentence and nothing else.
"""

from __future__ import annotations

import contextlib
import json
import math
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ..limits import current_meter
from .learned_features import Feature, Names, features, target
from .reading import Plain, Sentence, sentences

#: The file the training script writes and this module reads.
WEIGHTS_FILE = "learned_weights.json"


#: How sure a purpose's model must be before a finding names the kind of sentence:
#: trained on the tuned part and tried on the held-out parts, it named 44% of the
#: bad sentences at this level and was right on 86% of those (on 63% when it had to
#: name every one), so below it a finding says only that a reader would stop.
PURPOSE_SURE = 0.7

#: How many sentences' verdicts a scorer keeps (see :meth:`Scorer.judge`), and the
#: longest sentence kept; a longer one is judged afresh each time.
SENTENCE_MEMORY = 4096
SENTENCE_CHARS = 2000


@lru_cache(maxsize=64)
def _sentence_features(cased: str, lower: str, language: str, section: str,
                       known: frozenset[str] | None) -> tuple[Feature, ...]:
    """The features of one sentence on its own, spans counted from its start.

    The rules asking the scorer (tone, feedback in the body) judge the same
    sentences of a letter one after the other, each with its own head; the
    features (most of the cost) are shared between them.
    """
    return tuple(features(Plain(cased, cased, lower, ()), 0, len(cased), language, section,
                          Names(known)))


def _chance(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(total, 40.0), -40.0)))


@dataclass(frozen=True, slots=True)
class Head:
    """One trained model: its weights, and the score above which it speaks.

    The weights are a list beside the language's feature index (feature name to
    position), which several heads share; a feature outside the index weighs 0.
    """

    index: Mapping[str, int]
    values: Sequence[float]
    threshold: float
    #: The score at or above which a finding aimed at the hiring or the reader is an
    #: error (above 1: never); chosen by leave-one-out so that no good sentence of any
    #: independent writer's part would have been refused.
    error_at: float = 2.0

    def weight(self, name: str) -> float:
        """The weight of one feature."""
        position = self.index.get(name)
        return 0.0 if position is None else self.values[position]

    def score(self, found: list[Feature]) -> float:
        """The model's chance (0..1) that the sentence is one a reader would stop at."""
        return _chance(sum(self.weight(name) for name in {name for name, _ in found}))

    def reasons(self, found: list[Feature], count: int = 3) -> list[tuple[int, int]]:
        """The spans of the features that pushed the score up most, strongest first,
        at most ``count``, none overlapping another."""
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        for name, span in found:
            weight = self.weight(name)
            if span is None or weight <= 0.0:
                continue
            if name not in best or span[0] < best[name][1][0]:
                best[name] = (weight, span)
        chosen: list[tuple[int, int]] = []
        for _weight, span in sorted(best.values(), key=lambda item: (-item[0], item[1])):
            if any(span[0] < end and start < span[1] for start, end in chosen):
                continue
            chosen.append(span)
            if len(chosen) == count:
                break
        return chosen


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the scorer says about one sentence for one rule, and, for the tone rule,
    what kind of sentence it most resembles (a tone frame's name, or "")."""

    code: str
    score: float
    quotes: tuple[tuple[int, int], ...]
    purpose: str = ""
    #: Whether the finding stops a first reply: the model is sure enough
    #: (``Head.error_at``) and the sentence is aimed at the hiring or the reader.
    error: bool = False


class Scorer:
    """The trained heads of one language (``code -> Head``), and the purposes that
    name what a flagged sentence does (``purpose -> weights``)."""

    def __init__(self, heads: Mapping[str, Head],
                 purposes: Mapping[str, Mapping[str, float]] | None = None,
                 known: frozenset[str] | None = None) -> None:
        self.heads = dict(heads)
        self.purposes = dict(purposes or {})
        #: The lemmas the model weighs as words: a capitalised word inside a sentence
        #: that is none of them is read as a name (see ``learned_features.Names``).
        self.known = known if known is not None else frozenset(
            name[2:] for head in self.heads.values() for name in head.index
            if name.startswith("w="))
        # the verdicts on recent sentences, their quotes counted from the sentence's
        # start: a batch's letters repeat most sentences of the pack word for word
        self._recent: dict[tuple[str, str, str, str], tuple[Verdict, ...]] = {}

    def purpose(self, found: list[Feature]) -> str:
        """The purpose whose model is surest of the sentence, when it is sure enough
        to name it (``PURPOSE_SURE``); otherwise ""."""
        names = {name for name, _ in found}
        best, chosen = -math.inf, ""
        for purpose, weights in self.purposes.items():
            total = sum(weights.get(name, 0.0) for name in names)
            if total > best:
                best, chosen = total, purpose
        return chosen if chosen and _chance(best) >= PURPOSE_SURE else ""

    def judge(self, text: Plain, start: int, end: int, language: str,
              section: str) -> Iterator[Verdict]:
        """The verdicts above their thresholds for the sentence ``text[start:end]``.

        A sentence's features read its own characters (cased and lower-case), the
        language and the section, nothing else, so the verdicts on the same
        sentence anywhere are the same but for where their quotes sit; the last
        ``SENTENCE_MEMORY`` sentences' verdicts are kept, quotes counted from the
        sentence's start, and moved to where the sentence is.
        """
        if end - start > SENTENCE_CHARS:
            yield from self._verdicts(features(text, start, end, language, section,
                                               self.names()), text, start, end, language)
            return
        key = (text.text[start:end], text.lower[start:end], language, section)
        verdicts = self._recent.get(key)
        if verdicts is None:
            alone = Plain(key[0], key[0], key[1], ())
            verdicts = tuple(self._verdicts(list(_sentence_features(*key, self.known)),
                                            alone, 0, len(key[0]), language))
            if len(self._recent) >= SENTENCE_MEMORY:
                self._recent.clear()
            self._recent[key] = verdicts
        for verdict in verdicts:
            if start and verdict.quotes:
                verdict = replace(verdict, quotes=tuple(
                    (first + start, last + start) for first, last in verdict.quotes))
            yield verdict

    def names(self) -> Names:
        """How this model tells names from words."""
        return Names(self.known)

    def _verdicts(self, found: list[Feature], text: Plain, start: int, end: int,
                  language: str) -> Iterator[Verdict]:
        for code, head in self.heads.items():
            score = head.score(found)
            if score >= head.threshold:
                purpose = self.purpose(found) if code == "RJ007" else ""
                error = score >= head.error_at and aimed_at_them(text, start, end, language)
                yield Verdict(code, score, tuple(head.reasons(found)), purpose, error)


def aimed_at_them(text: Plain, start: int, end: int, language: str) -> bool:
    """Whether the sentence ``text[start:end]`` is aimed at the hiring, the decision or
    the reader, read by the tone frames' own target analysis (``aim``): a story of
    work or another matter never makes a model finding an error."""
    return target(text, start, end, language) == "them"


def scorer_from(data: Mapping[str, Any], language: str) -> Scorer | None:
    """The scorer for one language out of the weights file's contents, if it has one."""
    model = data.get("languages", {}).get(language)
    if not model:
        return None
    index = {name: position for position, name in enumerate(model["features"])}
    return Scorer({code: Head(index, head["weights"], float(head["threshold"]),
                              float(head.get("error_at", 2.0)))
                   for code, head in sorted(model["heads"].items())},
                  model.get("purposes"))


#: False inside :func:`switched_off`: the rules then read with the frames alone.
_enabled: ContextVar[bool] = ContextVar("rejectlet_learned", default=True)


def enabled() -> bool:
    """Whether the learned scorer takes part in this context."""
    return _enabled.get()


@contextlib.contextmanager
def switched_off() -> Iterator[None]:
    """Within the block, validation reads with the frames alone (to measure them)."""
    token = _enabled.set(False)
    try:
        yield
    finally:
        _enabled.reset(token)


_lock = threading.Lock()
_loaded: dict[str, Any] | None = None


def weights() -> Mapping[str, Any]:
    """The shipped weights file, read once (the first letter pays a few milliseconds)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                source = resources.files(__package__ or "rejectlet.rules") / WEIGHTS_FILE
                _loaded = json.loads(source.read_text(encoding="utf-8"))
    return _loaded


_scorers: dict[str, Scorer | None] = {}


def scorer(language: str) -> Scorer | None:
    """The shipped scorer of a language, or None when none was trained for it."""
    if language not in _scorers:
        _scorers[language] = scorer_from(weights(), language)
    return _scorers[language]


def judge_text(chosen: Scorer, text: Plain, language: str,
               section: str) -> Iterator[tuple[Sentence, Verdict]]:
    """Each sentence of ``text`` the scorer speaks about, with its verdicts.

    One unit of the letter's budget is spent per sentence, like the pack's own
    checks spend one per search: scoring is a pass over the sentence's words.
    """
    meter = current_meter.get()
    for sentence in sentences(text):
        if meter is not None:
            meter.step()
        for verdict in chosen.judge(text, sentence.start, sentence.end, language, section):
            yield sentence, verdict
