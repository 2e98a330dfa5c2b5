"""The tone rule: nothing bitter, angry, blaming or pleading.

The built-in phrase lists are per language; a pack adds its own phrases (taken
literally, never as patterns, so a hostile pack cannot slow the check down) and
may drop built-in ones.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import Severity
from ..model import Letter
from .base import Finding, rule
from .locate import placed_texts

# (pattern, why it hurts): built-in patterns are written here and reviewed.
_BUILTIN: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\bunfair(ly)?\b|\bnot fair\b", "disputes the decision"),
        (r"\bmistake\b", "calls the decision a mistake"),
        (r"\byour loss\b", "reads as bitter"),
        (r"\breconsider(ation)?\b", "argues with the decision"),
        (r"\b(wrong|bad|poor) (decision|choice|call)\b", "argues with the decision"),
        (r"\bbias(ed)?\b|\bdiscriminat\w*|\brigged\b", "blames the process"),
        (r"\bwaste of (my )?time\b", "reads as bitter"),
        (r"\b(outrage\w*|furious|angry|insult\w*|ridiculous|absurd)\b", "sounds angry"),
        (r"\b(i|you)(\s+will|'ll)\s+regret\b|\bregret (your|this|that) decision\b",
         "reads as a threat"),
        (r"\bi (deserved?|was (clearly|obviously) (the )?(best|more|better))\b",
         "argues with the decision"),
        (r"\bbetter qualified than\b", "compares you with the hired candidate"),
        (r"\b(beg|begging|desperate(ly)?)\b", "sounds like pleading"),
        (r"\b(another|one more|second) chance\b", "sounds like pleading"),
        (r"\bi (really )?need this (job|role|position)\b", "sounds like pleading"),
        (r"\bwhy (didn't|did not|wasn't|was not|wasn't) i\b|\bwhy (was|were) i (not|never)\b",
         "asks bluntly why you were not chosen; ask what you could strengthen"),
    ),
    "de": (
        (r"\bunfair\b|\bungerecht\w*|\bnicht fair\b", "stellt die Entscheidung infrage"),
        (r"\b(ein(en)?|große[nr]?) fehler\b|\bfehlentscheidung\w*|\bfalsche entscheidung\b",
         "nennt die Entscheidung einen Fehler"),
        (r"\bihr verlust\b|\bihr pech\b", "klingt verbittert"),
        (r"\b(entscheidung|absage)\b[^.!?]{0,40}\b(überdenken|revidieren|noch einmal prüfen)\b"
         r"|\bbitte überdenken\b", "streitet mit der Entscheidung"),
        (r"\bvoreingenommen\w*|\bdiskriminier\w*", "beschuldigt das Verfahren"),
        (r"\bzeitverschwendung\b", "klingt verbittert"),
        (r"\b(empört|wütend|verärgert|lächerlich|absurd|unverschämt)\w*",
         "klingt verärgert"),
        (r"\b(flehe|anflehen|verzweifelt\w*)\b", "klingt flehend"),
        (r"\b(noch eine|eine zweite|eine weitere) chance\b", "klingt flehend"),
        (r"\bwarum (wurde ich nicht|habe ich (die stelle )?nicht)\b",
         "fragt unverblümt nach dem Grund; fragen Sie, was Sie stärken könnten"),
    ),
}
_ONCE: dict[str, tuple[str, ...]] = {
    "en": (r"\bdisappoint(ed|ing|ment)\b",),
    "de": (r"\benttäusch\w*",),
}


_HINTS = {
    "en": ("keep the tone gracious: thank, restate your fit, stay in touch",
           "one mention of disappointment is enough"),
    "de": ("bleiben Sie verbindlich: danken, Eignung kurz bekräftigen, in Kontakt bleiben",
           "Enttäuschung einmal zu erwähnen genügt"),
}


@functools.lru_cache(maxsize=64)
def _combined(language: str, phrases: tuple[str, ...],
              ignored: frozenset[str]) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """All of a language's phrases as one pattern, each alternative its own group,
    so a paragraph is scanned once."""
    base = language.split("-")[0]
    parts = [(p, why) for p, why in _BUILTIN.get(base, ())
             if p.lower() not in ignored
             and not any(re.fullmatch(p, word, re.IGNORECASE) for word in ignored)]
    for phrase in phrases:
        literal = re.escape(phrase.strip())
        if literal:
            parts.append((rf"(?<!\w){literal}(?!\w)", "is on this pack's list of phrases to avoid"))
    if not parts:
        return None, ()
    pattern = "|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(parts))
    return re.compile(pattern, re.IGNORECASE), tuple(why for _, why in parts)


@rule("RJ007", "tone", "No bitter, angry, blaming or pleading phrases.", Severity.WARNING,
      phrases=[], ignore=[])
def tone(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    combined, reasons = _combined(
        letter.language, tuple(str(p) for p in options.get("phrases", [])),
        frozenset(str(p).lower() for p in options.get("ignore", [])))
    hints = _HINTS.get(letter.language.split("-")[0], _HINTS["en"])
    once = [re.compile(p, re.IGNORECASE) for p in _ONCE.get(letter.language.split("-")[0], ())]
    once_counts = [0] * len(once)
    for placed in placed_texts(letter):
        if combined is not None:
            for match in combined.finditer(placed.text):
                why = reasons[int((match.lastgroup or "g0")[1:])]
                yield Finding(f"{match.group(0)!r} {why}", placed.where(match.start()), hints[0])
        for index, pattern in enumerate(once):
            for match in pattern.finditer(placed.text):
                once_counts[index] += 1
                if once_counts[index] == 2:
                    yield Finding(f"{match.group(0)!r} appears more than once; say it once at "
                                  "most", placed.where(match.start()), hints[1])

