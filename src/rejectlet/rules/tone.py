"""The tone rule: nothing bitter, angry, blaming, pleading or arguing.

The rule reads each sentence for what it does (see ``stance``): argue with the
decision, ask them to revisit it, demand reasons, compare the writer with the
person hired, plead, concede, blame, or sound bitter or angry. Those stop a
first reply (error); mild ones (frustration, a second "disappointed") warn.
A pack may soften the rule for a first reply to a warning but not turn it off.

A pack adds its own phrases, taken literally (never as patterns), and may let
built-in findings pass by naming their words or their category in ``ignore``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from ..diagnostics import Fix, Severity
from ..model import Letter
from ..suggest import quoted
from .base import Finding, rule
from .linear import LinearPattern, escape, linear
from .locate import PlacedText, placed_texts
from .reading import Plain, plain
from .second_opinion import learned_findings
from .stance import Concern, base_language, disappointment, tone_concerns
from .their_side import letter_reader

#: Why each kind of sentence hurts, and what to do instead, per language.
_WHY: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "en": {
        "arguing": ("argues with the decision",
                    "accept the decision; say what you would bring to a similar role"),
        "revisit": ("asks them to revisit the decision",
                    "ask to be considered for similar roles instead"),
        "reasons": ("demands the reasons for the decision",
                    "in a P.S., ask tactfully what you could strengthen"),
        "comparison": ("compares you with the person they hired",
                       "speak about your own strengths, not about the person hired"),
        "concession": ("offers a concession, which undersells you",
                       "restate what you bring instead of what you would give up"),
        "other-offers": ("tells them about other offers, which reads as pressure",
                         "leave other offers out of the letter"),
        "for-your-sake": ("reads as a veiled warning", "wish them well plainly, or not at all"),
        "expected-better": ("reads as a reproach", "thank them for their time instead"),
        "bitterness": ("reads as bitter",
                       "keep the tone gracious: thank, restate your fit, stay in touch"),
        "closing-door": ("closes the door you are writing to keep open",
                         "say you would welcome hearing about similar roles"),
        "anger": ("sounds angry", "keep the tone gracious: thank, restate your fit, "
                  "stay in touch"),
        "blame": ("blames them or their process",
                  "leave the process out; speak about what you would bring"),
        "pleading": ("sounds like pleading", "state your interest once, calmly"),
        "mild": ("lets frustration show", "one calm sentence about the news is enough"),
        "phrase": ("is on this pack's list of phrases to avoid",
                   "keep the tone gracious: thank, restate your fit, stay in touch"),
        "twice": ("appears more than once; say it once at most",
                  "one mention of disappointment is enough"),
    },
    "de": {
        "arguing": ("stellt die Entscheidung infrage",
                    "akzeptieren Sie die Entscheidung; nennen Sie, was Sie mitbringen"),
        "revisit": ("bittet darum, die Entscheidung zu ändern",
                    "bitten Sie darum, bei ähnlichen Stellen berücksichtigt zu werden"),
        "reasons": ("verlangt eine Begründung der Entscheidung",
                    "fragen Sie im P.S. behutsam, was Sie stärken könnten"),
        "comparison": ("vergleicht Sie mit der eingestellten Person",
                       "sprechen Sie von Ihren eigenen Stärken"),
        "concession": ("bietet Zugeständnisse an und verkauft Sie unter Wert",
                       "nennen Sie, was Sie mitbringen, nicht, worauf Sie verzichten"),
        "other-offers": ("erwähnt andere Angebote und wirkt wie Druck",
                         "lassen Sie andere Angebote weg"),
        "for-your-sake": ("klingt wie eine versteckte Warnung",
                          "wünschen Sie schlicht alles Gute"),
        "expected-better": ("klingt wie ein Vorwurf", "danken Sie stattdessen für die Zeit"),
        "bitterness": ("klingt verbittert", "bleiben Sie verbindlich: danken, Eignung kurz "
                       "bekräftigen, in Kontakt bleiben"),
        "closing-door": ("schließt die Tür, die der Brief offen halten soll",
                         "sagen Sie, dass Sie sich über ähnliche Stellen freuen würden"),
        "anger": ("klingt verärgert", "bleiben Sie verbindlich: danken, Eignung kurz "
                  "bekräftigen, in Kontakt bleiben"),
        "blame": ("beschuldigt das Unternehmen oder sein Verfahren",
                  "lassen Sie das Verfahren weg; nennen Sie, was Sie mitbringen"),
        "pleading": ("klingt flehend", "bekunden Sie Ihr Interesse einmal und ruhig"),
        "mild": ("lässt Frust erkennen", "ein ruhiger Satz zur Absage genügt"),
        "phrase": ("steht auf der Liste dieses Pakets", "bleiben Sie verbindlich: danken, "
                   "Eignung kurz bekräftigen, in Kontakt bleiben"),
        "twice": ("kommt mehr als einmal vor; einmal genügt",
                  "Enttäuschung einmal zu erwähnen genügt"),
    },
}
#: What a fix suggests writing instead, per kind; kinds not listed suggest removal.
_INSTEAD: Mapping[str, Mapping[str, str]] = {
    "en": {"revisit": "I would welcome being considered for similar roles in the future.",
           "closing-door": "I would welcome hearing about similar roles in the future."},
    "de": {"revisit": "Über eine Berücksichtigung bei ähnlichen Stellen würde ich mich freuen.",
           "closing-door": "Über Hinweise auf ähnliche Stellen würde ich mich freuen."},
}
_REMOVE = {"en": "remove the sentence", "de": "den Satz streichen"}
_REPLACE = {"en": "replace the sentence", "de": "den Satz ersetzen"}


@lru_cache(maxsize=64)
def _phrases(phrases: tuple[str, ...]) -> LinearPattern | None:
    """The pack's own phrases, literal, as one linear-time pattern over plain text."""
    literals = []
    for phrase in phrases:
        words = plain(phrase.strip()).lower
        if words:
            literals.append((r"\b" if _wordy(words[0]) else "") + escape(words)
                            + (r"\b" if _wordy(words[-1]) else ""))
    if not literals:
        return None
    return linear("|".join(f"(?:{literal})" for literal in literals))


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_"


def _fix(language: str, category: str, sentence: str) -> Fix | None:
    if not sentence:
        return None
    instead = _INSTEAD[language].get(category, "")
    return Fix(sentence, instead, (_REPLACE if instead else _REMOVE)[language])


def _finding(placed: PlacedText, text: Plain, language: str, category: str, start: int,
             end: int, sentence: tuple[int, int] | None, mild: bool) -> Finding:
    why, hint = _WHY[language][category]
    first, _ = text.span(start, end)
    words = text.quote(start, end).strip()
    whole = text.quote(*sentence).strip() if sentence else ""
    return Finding(f"{quoted(words)} {why}", placed.where(first), hint,
                   Severity.WARNING if mild else None,
                   _fix(language, category, whole) if sentence else None)


def _ignored(concern: Concern, text: Plain, ignored: frozenset[str]) -> bool:
    return concern.category in ignored or \
        text.lower[concern.start:concern.end].strip() in ignored


@rule("RJ007", "tone", "No bitter, angry, blaming, pleading or arguing sentences.",
      Severity.ERROR, type_floors={"reply": Severity.WARNING}, phrases=[], ignore=[],
      learned=True)
def tone(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    language = base_language(letter.language)
    own = _phrases(tuple(str(p) for p in options.get("phrases", [])))
    ignored = frozenset(plain(str(p)).lower.strip() for p in options.get("ignore", []))
    asking_allowed = letter.letter_type == "feedback-followup"
    seen = 0
    flagged: set[tuple[str, int]] = set()
    read = letter_reader(letter)
    for placed in placed_texts(letter):
        text = read(placed.text)
        for concern in tone_concerns(text, language):
            flagged.add((placed.text, concern.sentence_start))
            if _ignored(concern, text, ignored):
                continue
            if asking_allowed and concern.category in ("reasons", "revisit"):
                continue
            yield _finding(placed, text, language, concern.category, concern.start,
                           concern.end, (concern.sentence_start, concern.sentence_end),
                           concern.mild)
        text = plain(placed.text)  # the pack's phrases may name the company
        if own is not None:
            for hit in own.finditer(text.lower):
                yield _finding(placed, text, language, "phrase", hit.start, hit.end, None,
                               True)
        for start, end in disappointment(text, language):
            seen += 1
            if seen == 2 and "twice" not in ignored:
                why, hint = _WHY[language]["twice"]
                words = text.quote(start, end)
                yield Finding(f"{quoted(words)} {why}", placed.where(text.span(start, end)[0]),
                              hint, Severity.WARNING)
    # the learned scorer's warnings, for sentences no frame reported or let pass
    yield from learned_findings(letter, "RJ007", options, flagged, _WHY)
