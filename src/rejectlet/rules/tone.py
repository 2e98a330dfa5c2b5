"""The tone rule: nothing bitter, angry, blaming or pleading.

The built-in phrase lists are per language; a pack adds its own phrases (taken
literally, never as patterns, so a hostile pack cannot slow the check down) and
may drop built-in ones.
"""

from __future__ import annotations

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
        (r"\b(i|you) (will|'ll) regret\b|\bregret (your|this|that) decision\b",
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


def _patterns(language: str, options: Mapping[str, Any]) -> list[tuple[re.Pattern[str], str]]:
    base = language.split("-")[0]
    ignored = {str(p).lower() for p in options.get("ignore", [])}
    compiled = [(re.compile(p, re.IGNORECASE), why) for p, why in _BUILTIN.get(base, ())
                if p.lower() not in ignored]
    for phrase in options.get("phrases", []):
        literal = re.escape(str(phrase).strip())
        if literal:
            compiled.append((re.compile(rf"(?<!\w){literal}(?!\w)", re.IGNORECASE),
                             "is on this pack's list of phrases to avoid"))
    return compiled


@rule("RJ007", "tone", "No bitter, angry, blaming or pleading phrases.", Severity.WARNING,
      phrases=[], ignore=[])
def tone(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    patterns = _patterns(letter.language, options)
    hints = _HINTS.get(letter.language.split("-")[0], _HINTS["en"])
    once = [re.compile(p, re.IGNORECASE) for p in _ONCE.get(letter.language.split("-")[0], ())]
    once_counts = [0] * len(once)
    for placed in placed_texts(letter):
        for pattern, why in patterns:
            for match in pattern.finditer(placed.text):
                yield Finding(f"{match.group(0)!r} {why}", placed.where(match.start()), hints[0])
        for index, pattern in enumerate(once):
            for match in pattern.finditer(placed.text):
                once_counts[index] += 1
                if once_counts[index] == 2:
                    yield Finding(f"{match.group(0)!r} appears more than once; say it once at "
                                  "most", placed.where(match.start()), hints[1])

