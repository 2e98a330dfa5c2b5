"""German frames for pressing on the decision: other offers as leverage, and argument.

Written for German sentences: the offer often sits in a subordinate clause
("obwohl mir bereits zwei Angebote vorliegen"), the pressure in the main
clause with the verb at the end ("…, melden Sie sich also bitte vorher").
So the leverage frame crosses an offer or suitor elsewhere (Angebot,
Konkurrenz, Mitbewerber, andere Arbeitgeber, Headhunter) with a deadline
(bis Freitag, läuft aus, muss … zusagen), a ranking (besser bezahlt, mehr
Interesse an mir, erste Wahl), pressure (rasch, Gelegenheit, nicht zu lange)
or a sacrifice for them (ausgeschlagen, weil ich mir bei Ihnen sicher war).
A role accepted elsewhere, told with the wish to stay in touch, is news, not
leverage. The argument frames read a verdict on the decision without a
judging word: "schleierhaft", "nicht nachvollziehen", "spiegelt nicht
wider", "übersehen", "unterschätzt", "Fehleinschätzung", "weise ich zurück".
"""

from __future__ import annotations

from .frames import Signal
from .pattern_parts import any_of, signal_de, widen_umlauts


def _signal(category: str, pattern: str, unless: str | None = None) -> Signal:
    return signal_de(category, pattern, unless=unless)


#: The writer reporting a deed in the perfect ("habe … verglichen"), or their own
#: customers and suppliers: their own work.
_OWN_DEED = (r"\b(?:ich|wir) (?:habe|haben|hatte|hatten) (?:\w+ ){0,8}?(?:verglichen|"
             r"verhandelt|geleitet|aufgebaut|gesetzt|gehalten|geholfen|gebaut|gesenkt|"
             r"gestaltet|eingerichtet|behoben|entwickelt|umgestellt)\b"
             r"|\b(?:habe|hatte) (?:ich|wir) (?:\w+ ){0,8}?(?:verglichen|verhandelt|geleitet|"
             r"aufgebaut|gesetzt|gehalten|geholfen|gebaut|gesenkt|gestaltet|eingerichtet|"
             r"behoben|entwickelt|umgestellt)\b"
             r"|\b(?:bei meinem|unsere\w*|meine\w*) (?:\w+ )?(?:kunden|verlader|lieferanten|"
             r"vertrieb\w*|depots?)\b")

# -- other offers used as leverage -----------------------------------------------------------

_ELSEWHERE = any_of(
    r"\w*angebot\w*", r"konkurren\w*", r"mitbewerber\w*", r"wettbewerber\w*",
    r"(?:andere[nmrs]?|weitere[nmrs]?|mehrere|zwei|drei) (?:\w+ )?(?:arbeitgeber\w*|"
    r"unternehmen|firmen|häuser\w*|personalberater\w*)",
    r"einem anderen (?:\w+ )?(?:unternehmen|arbeitgeber|haus)", r"headhunter\w*",
    r"stelle (?:bei|in) (?:einem|einer|\w+)", r"zusage\w*", r"vertrag\w*",
    r"(?:eine|ein) (?:\w+ )?(?:spedition|firma|unternehmen|konzern|agentur|reederei) "
    r"(?:in|aus) \w+ (?:möchte|will|würde|wollte) mich",
)
_LEVER = any_of(
    r"bis (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|"
    r"morgen)", r"läuft \w* ?aus", r"ausläuft", r"verfallen", r"frist\w*", r"diese woche",
    r"muss ich (?:\w+ )?(?:zusagen|annehmen|entscheiden|antworten)", r"zusagen muss",
    r"rasche antwort", r"(?:rasch|schnell) (?:melden|entscheiden|überdenken)",
    r"ihre gelegenheit", r"nicht zu lange", r"zeit lassen", r"sich (?:\w+ ){0,2}?vorher",
    r"gleichziehen", r"mehr interesse", r"besser bezahlt\w*", r"prozent mehr",
    r"besserem titel", r"erste wahl", r"lieber bei ihnen",
    r"wissen (?:\w+ ){0,2}?zu schätzen, was ich",
    r"weil ich (?:\w+ ){0,4}?(?:sicher|gerechnet|fest)", r"für (?:die aussicht|diese stelle)",
    r"verzichtet", r"zurückgestellt", r"verschoben", r"abwägen",
    r"falls sie es sich anders", r"mich (?:\w+ ){0,3}?überzeugen", r"um mich bemühen",
    r"mich im blick",
    r"ausgeschlagen", r"überdenken", r"geopfert", r"wären mir (?:aber |doch )?lieber",
)
#: A role accepted or started elsewhere, told as news.
NEUTRAL_NEWS = widen_umlauts(r"\b(?:habe|hatte) (?:\w+ ){0,4}?(?:angenommen|angetreten|begonnen)\b"
                   r"|\b(?:angenommen|angetreten) habe\b")
LEVERAGE: tuple[Signal, ...] = (
    _signal("other-offers", rf"\b{_ELSEWHERE}\b[^.?!]{{0,120}}\b{_LEVER}\b"
                            rf"|\b{_LEVER}\b[^.?!]{{0,120}}\b{_ELSEWHERE}\b",
            unless=any_of(_OWN_DEED, r"\bangebot, mich\b", r"\bvorzustellen\b",
                          # a third party's own contracts: "warum Kommunen ihre Verträge ..."
                          r"\b\w{3,}(?:en|er|n) i_re\w*\b")),
)

#: Any deed of the writer's in the perfect ("ich habe … entdeckt"), for frames whose words
#: never name a deed of the writer's that presses on the reader.
_ANY_PERFECT = (r"\b(?:ich|wir) (?:habe|haben|hatte|hatten)\b[^.?!]{0,80}\bge\w+(?:t|en)\b"
                r"|\b(?:habe|hatte) (?:ich|wir)\b[^.?!]{0,80}\bge\w+(?:t|en)\b")

# -- arguing without a judging word ----------------------------------------------------------

ARGUING: tuple[Signal, ...] = (
    # their decision not understood, or judged in an idiom: "nach dem ich Ihre Entscheidung
    # erst recht nicht verstehe", "ein Griff ins Klo"
    signal_de("arguing", r"\b(?:ihre|eure|deine|die|diese) (?:\w+ )?(?:entscheidung|absage|wahl|"
                       r"ablehnung)\b[^.?!]{0,30}\b(?:nicht|kaum|weniger) (?:\w+ )?(?:verstehe|"
                       r"begreife)\b"
                       r"|\b(?:ihre|eure|deine|diese) (?:\w+ )?(?:entscheidung|absage|wahl|"
                       r"ablehnung) (?:verstehe|begreife) ich\b[^.?!]{0,30}\b(?:nicht|kaum|"
                       r"weniger)\b"
                       r"|\b(?:griff ins klo|schuss in den ofen|eigentor)\b",
            also=r"\b(?:entscheidung|absage|wahl|ablehnung)\b",
            unless=any_of(_OWN_DEED, r"\b(?:kunde|kunden|unser\w*)\b")),
    _signal("arguing", r"\b(?:schleierhaft|unbegreiflich|rätselhaft|unverständlich)\b"
                       r"|\b(?:kann|könnte) ich (?:\w+ ){0,4}?nicht nachvollziehen\b"
                       r"|\bnicht nachvollziehen\b|\b(?:umso|um so|noch) weniger (?:\w+ ){0,5}?"
                       r"nachvollziehen\b"
                       r"|\b(?:ergebnis|entscheidung|absage|wahl|auswahl)\b[^.?!]{0,40}"
                       r"\b(?:spiegelt|entspricht|wird) (?:\w+ ){0,3}?nicht\b"
                       r"|\bspiegelt nicht wider\b"
                       r"|\b(?:gab|gibt) (?:es )?nichts\b[^.?!]{0,40}\banlass\b"
                       r"|\berschließt sich mir (?:\w+ ){0,3}?nicht\b"
                       r"|\b(?:anders|zu meinen gunsten) ausgefallen wäre\b"
                       r"|\bfairere[nmrs]? (?:lektüre|lesart|prüfung|bewertung)\b"
                       r"|\bnach jedem fairen maßstab\b|\bdie stärkste\w* (?:kandidat\w*|"
                       r"bewerber\w*)\b|\bbesser als alle anderen\b"
                       r"|\b(?:fehleinschätzung|fehlurteil|fehlentscheidung)\b"
                       r"|\bweise ich zurück\b|\bwiderspreche ich\b|\btrifft (?:schlicht |"
                       r"einfach )?nicht zu\b"
                       r"|\b(?:uneinheitlich|ungleich|willkürlich) angewendet\b"
                       r"|\bschwer zu akzeptieren\b|\bbesseres verdient\b"
                       r"|\bnicht (?:\w+ )?sorgfältig gelesen\b",
            unless=any_of(_OWN_DEED, _ANY_PERFECT)),
    _signal("arguing", r"\b(?:gremium|ihr\w* (?:\w+ )?(?:team|gremium|personal\w*|recruiter\w*)|"
                       r"interviewer\w*|sie|man)\b[^.?!]{0,60}\b(?:falsch eingeschätzt|"
                       r"unterschätzt|übersehen|verkannt|missverstanden|ignoriert|"
                       r"falsch gelesen)\b",
            unless=any_of(_OWN_DEED, _ANY_PERFECT, r"\b(?:kunde\w*|fahrer|lieferant\w*)\b")),
)
