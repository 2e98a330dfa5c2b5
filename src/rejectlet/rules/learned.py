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
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..limits import current_meter
from .learned_features import Feature, features
from .reading import Plain, Sentence, sentences

#: The file the training script writes and this module reads.
WEIGHTS_FILE = "learned_weights.json"


#: How sure a purpose's model must be before a finding names the kind of sentence:
#: trained on the tuned part and tried on the held-out parts, it named 44% of the
#: bad sentences at this level and was right on 86% of those (on 63% when it had to
#: name every one), so below it a finding says only that a reader would stop.
PURPOSE_SURE = 0.7


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


class Scorer:
    """The trained heads of one language (``code -> Head``), and the purposes that
    name what a flagged sentence does (``purpose -> weights``)."""

    def __init__(self, heads: Mapping[str, Head],
                 purposes: Mapping[str, Mapping[str, float]] | None = None) -> None:
        self.heads = dict(heads)
        self.purposes = dict(purposes or {})

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
        """The verdicts above their thresholds for the sentence ``text[start:end]``."""
        found = features(text, start, end, language, section)
        for code, head in self.heads.items():
            score = head.score(found)
            if score >= head.threshold:
                purpose = self.purpose(found) if code == "RJ007" else ""
                yield Verdict(code, score, tuple(head.reasons(found)), purpose)


def scorer_from(data: Mapping[str, Any], language: str) -> Scorer | None:
    """The scorer for one language out of the weights file's contents, if it has one."""
    model = data.get("languages", {}).get(language)
    if not model:
        return None
    index = {name: position for position, name in enumerate(model["features"])}
    return Scorer({code: Head(index, head["weights"], float(head["threshold"]))
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
