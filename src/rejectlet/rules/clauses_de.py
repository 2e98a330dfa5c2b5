"""The German clause a frame's exceptions are read in: its host, across commas.

Frames decide what a sentence does from words near the match, and their
exceptions (the writer's own work, a word of good faith) are read in the
match's clause, cut at commas. German often puts the clause that carries the
subject and the main verb on the far side of a comma:

- a clause in the prefield, before the finite verb of the main clause: "Dass
  Sie mich persönlich angerufen haben, statt nur eine E-Mail zu schicken, hat
  mich sehr gefreut"; "Die Gründe, die Sie mir genannt haben, kann ich gut
  nachvollziehen" -- what the sentence says about the first clause is in the
  last one;
- an infinitive or relative clause set inside the main clause: "Als
  Teamleiter habe ich die Entscheidung, unser Lager zu zentralisieren, nach
  einem Pilotmonat überdacht" -- the participle after the second comma belongs
  to "habe ich" before the first.

- an infinitive or a "dass" clause that completes the clause before it:
  "Meine erste Aufgabe war es, einen veralteten Prozess zu ersetzen"; "Meine
  Prüfung hat gezeigt, dass es Selbstständige benachteiligte".

So the exceptions also read that host clause. A dash, on the other hand, ends a
German clause the way a comma does: after "trifft schlicht nicht zu -" the
writer's evidence is a clause of its own, not an excuse for the rebuttal.
Neither changes where a frame is found: a complaint is still found by its own
words; only the place its excuse is looked for moves.
"""

from __future__ import annotations

from .linear import linear

#: A finite verb opening a segment: the main clause after a clause in the prefield.
_FINITE_FIRST = linear(
    r"^\s*(?:hat|habe|haben|hatte|hatten|ist|war|sind|waren|bin|kann|konnte|können|konnten|"
    r"könnte|würde|wird|wurde|werde|freut|freute|freuen|macht|machte|gefällt|gefiel|finde|"
    r"fand|verstehe|schätze|sehe|weiß|bleibt|blieb|zeigt|zeigte|hilft|half|passt|gilt|galt|"
    r"möchte|will|darf|soll|muss|musste|lässt|ließ|erinnere|beeindruckt\w*|habe ich|"
    r"nehme|nahm)\b".replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss"))
#: A segment set inside a clause: an infinitive with "zu", or a relative clause.
_INSERTION = linear(
    r"^\s*(?:(?:statt|anstatt|ohne|um) |(?:(?:von|mit|in|an|auf|fur|bei|aus|zu|uber|unter|"
    r"nach|vor|durch|gegen) )?(?:der|die|das|den|dem|denen|deren|dessen|welche\w*|was|wo\w*) )"
    r"|(?:\bzu \w+|\b\w{2,}zu\w{3,}en)\s*$")
#: A clause that completes the one before it: an infinitive with "zu", or "dass" after a
#: clause whose subject is a thing ("Meine Prüfung hat gezeigt, dass ..."). After the writer
#: ("Ich habe gelernt, dass ...") the "dass" clause is what they say, judged on its own.
_INFINITIVE = linear(r"(?:\bzu \w+|\b\w{2,}zu\w{3,}en)\W*$")
_THAT = linear(r"^\s*dass\b")
_WRITER = linear(r"\b(?:ich|wir|mir|mich|uns)\b")
_MARKS = ",;:"


def _segments(words: str) -> list[tuple[int, int]]:
    """The spans of the sentence between commas, semicolons and colons."""
    spans = []
    begin = 0
    for index, char in enumerate(words):
        if char in _MARKS:
            spans.append((begin, index))
            begin = index + 1
    spans.append((begin, len(words)))
    return spans


def _dash_cut(clause: str, hit: str) -> str:
    """The part of ``clause`` between dashes that holds the match: "trifft nicht zu - ich
    habe zwölf Mitarbeitende geleitet" rebuts, whatever the writer's deed after the dash."""
    at = clause.find(hit)
    if at < 0 or " - " not in clause:
        return clause
    left = clause.rfind(" - ", 0, at)
    right = clause.find(" - ", at + len(hit))
    return clause[(left + 3 if left >= 0 else 0):(right if right >= 0 else len(clause))]


def host_clause(words: str, start: int, end: int, clause: str) -> str:
    """``clause``, the comma-bounded clause of the match at ``start``..``end``, widened
    to the clause that governs it when a comma separates them.

    ``words`` is the sentence's plain, lower-case form (umlauts folded). The
    host is joined without its commas, as German reads it without the
    insertion: "als teamleiter habe ich die entscheidung nach einem pilotmonat
    überdacht".
    """
    clause = _dash_cut(clause, words[start:end])
    spans = _segments(words)
    first = next(i for i, (_, stop) in enumerate(spans) if start <= stop)
    last = next(i for i, (_, stop) in enumerate(spans) if max(start, end - 1) <= stop)
    before: list[str] = []
    after: list[str] = []
    # the main clause after a prefield that holds the match
    if not any(_FINITE_FIRST.search(words[b:e]) for b, e in spans[:first]):
        following = last + 1
        while following < len(spans) and _INSERTION.search(words[slice(*spans[following])]):
            following += 1
        if following < len(spans) and _FINITE_FIRST.search(words[slice(*spans[following])]):
            after.append(words[slice(*spans[following])])
    # the clause an inserted infinitive or relative clause interrupts, or the one an
    # infinitive or "dass" clause completes ("Meine Aufgabe war es, ... zu ersetzen")
    preceding = first - 1
    while preceding >= 1 and _INSERTION.search(words[slice(*spans[preceding])]):
        preceding -= 1
    own = words[slice(*spans[first])]
    if preceding >= 0 and (preceding < first - 1 or _INFINITIVE.search(own)
                           or (_THAT.search(own) and not _WRITER.search(
                               words[slice(*spans[preceding])]))):
        before.append(words[slice(*spans[preceding])])
    if not before and not after:
        return clause
    return " ".join([*before, clause, *after])
