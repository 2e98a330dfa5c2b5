"""Findings of the learned scorer, for the rules that take its second opinion.

The learned scorer (option ``learned``, on unless a pack turns it off) adds
warnings, or errors when it is sure and the sentence is aimed at the hiring
or the reader (``learned.Head.error_at``, ``learned.aimed_at_them``), and
only on sentences the frames let pass, so a letter never gets two findings
for one sentence under one code. It reads the body's sections (never the
P.S., where a feedback request belongs) of first replies to a rejection, in
the kinds of section it was trained on (gratitude, re-sell, interest): the
letters and sections it was measured on. The rest is left to the frames.
Each finding quotes the two or three words that pushed the score most and
says what kind of sentence the scorer took it for.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from ..diagnostics import Fix, Severity
from ..model import Letter, SectionKind
from ..suggest import quoted
from .base import Finding
from .learned import Scorer, enabled, judge_text, scorer
from .locate import PlacedText, placed_texts
from .reading import Plain
from .stance import base_language
from .their_side import letter_reader

#: What the scorer took a sentence for when it cannot name the kind, per rule and
#: language: (why, hint).
_WHY: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "RJ007": {
        "en": ("reads like a sentence a careful reader would stop at",
               "say it calmly or leave it out: thank, restate your fit, stay in touch"),
        "de": ("liest sich wie ein Satz, an dem ein sorgfältiger Leser hängen bleibt",
               "ruhig formulieren oder streichen: danken, Eignung kurz bekräftigen, "
               "in Kontakt bleiben"),
    },
    "RJ003": {
        "en": ("reads like a request for feedback in the body",
               "move the request to a section listed under ps:"),
        "de": ("liest sich wie eine Bitte um Rückmeldung im Haupttext",
               "die Bitte in einen Abschnitt unter ps: verschieben"),
    },
}
#: How sure the scorer is, and the words that weighed most, per language.
_SURE = {"en": "(learned scorer, {score:.0%} sure); the words that weighed most: {words}",
         "de": "(gelernte Bewertung, {score:.0%} sicher); am stärksten wogen: {words}"}
_REMOVE = {"en": "remove or rephrase the sentence", "de": "den Satz streichen oder umformulieren"}
#: The letter types the scorer was trained and measured on.
_MEASURED_TYPES = frozenset({"reply"})


#: What each kind of sentence does and what to do instead, per language and purpose.
Reasons = Mapping[str, Mapping[str, tuple[str, str]]]


def learned_findings(letter: Letter, code: str, options: Mapping[str, object],
                     flagged: Collection[tuple[str, int]] = (),
                     reasons: Reasons | None = None) -> Iterator[Finding]:
    """Warnings for body sentences the scorer flags under ``code``.

    ``flagged`` holds the sentences the frames already reported under this code,
    as (paragraph text, sentence start in its plain form); they are skipped.
    ``reasons`` says, per language and purpose (a tone frame's name), what a
    sentence does; a finding whose purpose the scorer names uses it.
    """
    if not options.get("learned", True) or not enabled() \
            or letter.letter_type not in _MEASURED_TYPES:
        return
    language = base_language(letter.language)
    chosen = scorer(language)
    if chosen is None or code not in chosen.heads:
        return
    head = chosen.heads[code]
    kinds: dict[str, SectionKind] = {}
    for block in letter.body:
        # only the kinds of section it was trained on (a follow-up's "noch einmal"
        # is not a revisit request)
        if f"sec={block.kind.value}" not in head.index:
            continue
        for paragraph in block.paragraphs:
            kinds.setdefault(paragraph.text, block.kind)
    only = _one_head(chosen, code)
    seen: set[tuple[str, int]] = set()
    read = letter_reader(letter)
    for placed in placed_texts(letter):
        kind = kinds.get(placed.text)
        if kind is None:
            continue
        yield from _judged(read(placed.text), placed, kind, language, only, code, flagged,
                           seen, (reasons or {}).get(language, {}))


#: The scorer of one rule's head, per shipped scorer and rule, made once so that the
#: verdicts it keeps on recent sentences serve every letter of a batch.
_single: dict[tuple[int, str], tuple[Scorer, Scorer]] = {}


def _one_head(chosen: Scorer, code: str) -> Scorer:
    kept = _single.get((id(chosen), code))
    if kept is None or kept[0] is not chosen:
        kept = (chosen, Scorer({code: chosen.heads[code]}, chosen.purposes, chosen.known))
        _single[(id(chosen), code)] = kept
    return kept[1]


def _judged(text: Plain, placed: PlacedText, kind: SectionKind, language: str,
            chosen: Scorer, code: str, flagged: Collection[tuple[str, int]],
            seen: set[tuple[str, int]],
            reasons: Mapping[str, tuple[str, str]]) -> Iterator[Finding]:
    for sentence, verdict in judge_text(chosen, text, language, kind.value):
        key = (placed.text, sentence.start)
        if key in flagged or key in seen:
            continue
        seen.add(key)
        words = ", ".join(repr(text.quote(*span).strip()) for span in verdict.quotes)
        why, hint = reasons.get(verdict.purpose) or _WHY[code][language]
        sure = _SURE[language].format(score=verdict.score, words=words or "-")
        whole = text.quote(sentence.start, sentence.end).strip()
        first = verdict.quotes[0][0] if verdict.quotes else sentence.start
        # a sure finding stops the letter only in words the writer's data gave: the
        # pack's own text is its author's, judged by the frames and by `check`, and
        # a learned guess about it must not refuse every letter the pack writes
        error = verdict.error and placed.holds_data(*text.span(sentence.start, sentence.end))
        yield Finding(f"{quoted(whole)} {why} {sure}",
                      placed.where(text.span(first, first + 1)[0]), hint,
                      None if error else Severity.WARNING,
                      Fix(whole, "", _REMOVE[language]) if whole else None)
