"""German frames for grievances: blame told as a mishap of theirs, and bitterness as irony.

Blame is told as what happened in their process: the interview "begann zu
spät" and was "abgekürzt", the link "brach ständig ab", the test was announced
"erst am Abend davor", two people gave "widersprüchliche Anweisungen", the
questions "hatten nichts … zu tun", they "fielen mir ins Wort". The frame
crosses a part of their process with a mishap in time, order or care; the
writer's own story of fixing such things (a deed in the perfect, "unsere
Fahrer") turns it off.

Bitterness is irony: a thanks, a wish or congratulations meant the other way
("Danke für die Bestätigung, dass …", "Viel Freude dabei, … zu erklären",
"Herzlichen Glückwunsch, dass …"), a lesson drawn against them ("dass gute
Vorbereitung nichts bringt"), a mock reassurance ("wird … sicher irgendwann
lernen") or a jibe at their motives ("ein jüngeres Gesicht", "bequem, sich
schon vorher festzulegen").
"""

from __future__ import annotations

from .frames import Signal
from .pattern_parts import any_of, signal_de


def _signal(category: str, pattern: str, unless: str | None = None) -> Signal:
    return signal_de(category, pattern, unless=unless)


#: The writer's own story: a deed in the perfect, or their own people and customers.
_OWN = (r"\b(?:ich|wir) (?:habe|haben|hatte|hatten)\b[^.?!]{0,80}\b(?:ge\w+(?:t|en)|"
        r"\w+iert|behoben|eingerichtet|übernommen|entdeckt|erreicht)\b"
        r"|\b(?:habe|hatte) (?:ich|wir)\b[^.?!]{0,80}\b(?:ge\w+(?:t|en)|\w+iert|behoben|"
        r"eingerichtet|übernommen|entdeckt|erreicht)\b"
        r"|\b(?:unsere\w*|meine\w*) (?:\w+ )?(?:fahrer|kunden|büro\w*|depot\w*|team\w*|"
        r"kolleg\w*)\b|\bals (?:die|unser\w*|mein\w*)\b")

_MISHAP = any_of(
    r"(?:zu spät|verspätet)", r"abgekürzt", r"(?:brach|bricht) (?:\w+ ){0,4}?ab",
    r"abgestürzt", r"doppelt vergeben", r"widersprüchlich\w*", r"nichts (?:\w+ ){0,3}?zu tun",
    r"erst am (?:abend|tag|morgen) (?:davor|vorher|zuvor)", r"(?:ins|ins?) wort",
    r"(?:wirkte|schien) (?:\w+ )?(?:abgelenkt|desinteressiert|unvorbereitet|gelangweilt)",
    r"kaum (?:\w+ )?(?:gefragt|zugehört|geholfen)", r"unvorbereitet", r"nie (?:angerufen|"
    r"gekommen|eingetroffen)", r"kam nie", r"hetzen", r"warten ließ", r"ließ man mich",
    r"schlecht organisiert", r"falsche\w* (?:stellenbeschreibung|unterlagen|adresse)",
    r"seine e-?mails las", r"ihre e-?mails las", r"falsch dargestellt",
    r"erst hieß es", r"als fehler angerechnet",
)
#: Their process and its people: the part that went wrong.
_THEIR_PART = any_of(
    r"mein\w* (?:\w+ )?(?:gespräch|termin|interview|präsentation)", r"ihr\w*",
    r"\w*gespräch\w*", r"\w*termin\w*", r"\w*test", r"\w*verbindung", r"interviewer\w*",
    r"abteilungsleiter\w*", r"personal\w*", r"man", r"niemand", r"keiner", r"referenzen",
    r"rückmeldung", r"fragen", r"assessment\w*", r"runde", r"their_(?:org|name)",
    r"stellenbeschreibung", r"leute\w*", r"anweisungen", r"verfahren", r"du", r"dein\w*",
)
BLAME: tuple[Signal, ...] = (
    _signal("blame", rf"\b{_THEIR_PART}\b[^.?!]{{0,80}}\b{_MISHAP}\b"
                     rf"|\b{_MISHAP}\b[^.?!]{{0,80}}\b{_THEIR_PART}\b",
            unless=any_of(_OWN, r"\b(?:freundlich\w*|dank\w*|verständnis\w*|gern\w*|"
                              r"netterweise|kein problem)\b")),
)

_MOCK = any_of(
    r"danke für die bestätigung", r"viel (?:freude|spaß|vergnügen|glück) (?:dabei|damit|mit)",
    r"herzlichen glückwunsch, dass", r"glückwunsch, dass", r"wieder etwas gelernt",
    r"wertvolle lektion", r"beruhigend zu (?:erfahren|wissen|sehen|hören)",
    r"schön zu sehen, dass", r"lassen sie mich wissen, wie sich", r"was für ein umgang",
    r"(?:nun|tja|na ja),? jetzt weiß ich (?:\w+ )?(?:wenigstens|immerhin)",
    r"jetzt weiß ich wenigstens", r"das nenne ich", r"mein fehler war (?:wohl|wohl zu|es)",
    r"es muss (?:\w+ )?bequem", r"komisch, dass", r"ich verbuche das",
    r"werde ich meine erwartungen", r"vermutlich sah", r"sicher irgendwann",
    r"(?:ist|war) (?:das|die|der) (?:lange )?warten wert",
    r"(?:kommt|kommen) (?:offenbar|anscheinend|wohl) (?:\w+ ){0,7}?nicht an",
    r"anscheinend ist es wichtiger",
    r"sofern (?:\w+ ){0,3}?irgendwann lernt",
    r"bei (?:ihnen|their_org) (?:\w+ ){0,2}?keine (?:große )?rolle spielt",
    r"(?:offensichtlich|offenbar|anscheinend) (?:\w+ ){0,6}?(?:keinen (?:großen )?wert|"
    r"keine (?:große )?rolle)",
)
BITTER: tuple[Signal, ...] = (
    _signal("bitterness", rf"\b{_MOCK}\b",
            unless=any_of(_OWN, r"\bneue\w* (?:lager|depot|projekt)\b")),
)
