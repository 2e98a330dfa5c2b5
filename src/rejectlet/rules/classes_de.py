"""German frames for the six classes independent writers slipped past most often.

Written for German sentence shapes, not translated: the verb at the end
("… nicht mehr aufrufen"), a condition before the offer ("Sollte das Gehalt
das Hindernis gewesen sein, …"), a complaint tucked into a concessive clause
after a polite noun ("das Team, auch wenn der Umgang … mein Bild getrübt
hat"). Each frame crosses word classes: a closed door is a word of finality
with a way of staying in view; a concession is willingness, giving something
up and a term of employment; expecting better is a belief held before (in the
pluperfect or the conditional) with a measure of them; blame in a concessive
clause is a turn ("auch wenn", "obwohl") whose clause names their side and a
shortfall. The writer's own deeds turn a frame off, and the severity of what
is found still follows the sentence's target (see ``aim``).

Patterns are written with umlauts and widened to their plain and typed forms
("ü" reads "u" or "ue").
"""

from __future__ import annotations

from .frames import Signal
from .pattern_parts import any_of, signal_de

#: Every German frame here is written with umlauts and widened for them.
_signal = signal_de



#: The writer reporting a deed in the perfect ("habe … ausgehandelt"): their own work.
_OWN_PERFECT = (r"\b(?:ich|wir) (?:\w+ ){0,8}?(?:habe|haben|hatte|hatten)\b[^.?!]{0,80}"
                r"\b(?:ge\w+t|ge\w+en|\w+iert|\w+ge\w+t|\w+ge\w+en)\b"
                r"|\b(?:habe|hatte) ich\b[^.?!]{0,80}\b(?:ge\w+t|ge\w+en|\w+iert)\b"
                r"|\b(?:ich|wir) (?:habe|haben|hatte|hatten)\b[^.?!]{0,80}\b\w+(?:et|elt|ert)\b")
#: Their side: the reader, the organisation, its people and its process.
_THEM = (r"\b(?:sie|ihnen|ihr\w*|euch|eure?\w*|dich|dir|dein\w*|man|unternehmen\w*|firma|"
         r"haus\w*|arbeitgeber\w*|(?:ihr\w*|das|dem|den|des|euer\w*) team\w*|personal\w*|"
         r"recruit\w*|interviewer\w*|gremium\w*|"
         r"gesprächspartner\w*|abteilungsleiter\w*|teamleiter\w*|verfahren\w*|\w*test|"
         r"bewerb\w*|kandidat\w*|their_(?:org|name)|marke|umgang)\b")

# -- closing the door ------------------------------------------------------------------------

_FINAL = any_of(
    r"nicht mehr", "nie wieder", "nie mehr", r"kein(?:e|en|er)? (?:\w+ )?(?:mehr|zweites mal)",
    r"nicht (?:noch einmal|wieder|erneut)", "nichts mehr", r"wenig sinn", r"kein(?:en)? sinn",
    r"kein(?:en)? grund", r"lieber bleibe",
    r"(?:war|ist|als) (?:das |dies )?mein\w* letzte[nmrs]? (?:kontakt|bewerbung)",
    r"einen (?:großen )?bogen", r"ohne mich", r"nicht (?:zur verfügung|berücksichtigt)",
    r"interessier\w* mich (?:\w+ )?nicht", r"kein (?:\w+ )?interesse", r"belassen wir es",
)
_IN_VIEW = any_of(
    r"\w*bewerb\w*", r"stelle\w*", r"kontakt\w*", r"unterlagen", r"karriereseite", r"verteiler\w*",
    r"their_org", r"zu tun haben", r"melden", r"hören", r"berücksichtig\w*", r"durchzumachen",
    r"aufrufen", r"aufbewahren", r"daten", r"profil", r"namen", r"pool", r"kartei", r"ihnen",
    r"ihr\w*", r"euch", r"angebote?", r"ausschreibung\w*",
)
CLOSED: tuple[Signal, ...] = (
    _signal("closing-door", rf"\b{_FINAL}\b", also=rf"\b{_IN_VIEW}\b",
            unless=any_of(_OWN_PERFECT, r"\bbitte behalten\b", r"\bfreuen\b", r"\bgern\w*\b",
                        r"\bwieder melden\b", r"\b(?:kunde|kunden|fahrer|lieferant\w*)\b",
                        r"\bnicht mehr (?:arbeite|tätig)\b", r"\bbis\b",
                        r"\b(?:damit|sodass|so dass)\b")),
    _signal("closing-door", r"\b(?:löschen|entfernen|streichen|austragen|tragen sie mich|"
                            r"nehmen sie mich|nicht (?:\w+ )?(?:weiterzugeben|weitergeben|"
                            r"kontaktieren|anzuschreiben|anschreiben|zuzusenden|schicken))\b",
            also=r"\b(?:mich|mir|meine\w*)\b", unless=any_of(_OWN_PERFECT, r"\bbitte behalten\b")),
    # the writer's future placed elsewhere, in the present tense: "meine Zukunft sehe ich
    # woanders", "ich schaue mich künftig woanders um", "sicher nicht bei Ihnen"
    _signal("closing-door", r"\b(?:woanders|anderswo|anderweitig)\b[^.?!]{0,30}\b(?:um|"
                            r"orientiere|orientieren|suche|bewerbe|sehe)\b"
                            r"|\b(?:sehe|suche|orientiere|bewerbe) (?:ich )?(?:mich )?(?:\w+ )"
                            r"{0,4}?(?:woanders|anderswo|anderweitig)\b"
                            r"|\b(?:sicher|bestimmt|garantiert|jedenfalls|gewiss|ganz sicher) "
                            r"nicht (?:mehr )?bei (?:ihnen|euch|dir|their_org)\b"
                            r"|, ohne mich\W*$",
            unless=any_of(_OWN_PERFECT, r"\bfreuen\b", r"\b(?:kunde|kunden|fahrer"
                          r"|lieferant\w*)\b")),
    # the door shut in an idiom: "tue ich mir kein zweites Mal an", "lohnt sich für mich
    # nicht", "können Sie jemand anderem anbieten", "sparen Sie sich die Mühe", "von meiner
    # Liste gestrichen", "ein nächstes Mal gibt es nicht"
    _signal("closing-door", r"\b(?:tue|tu|mache|mach) ich (?:mir )?(?:\w+ ){0,2}?(?:kein "
                            r"zweites mal|nicht (?:noch )?(?:einmal|mal|ein zweites mal)|nie "
                            r"wieder)\b|\bkein zweites mal an\b"
                            r"|\b(?:bewerbung|versuch|anlauf)\w*\b[^.?!]{0,30}\blohnt sich "
                            r"(?:\w+ ){0,3}?nicht\b"
                            r"|\b(?:jemand|jemandem) (?:anderem|anders) (?:\w+ )?anbieten\b"
                            r"|\bsparen (?:sie|ihr|du) (?:sich|euch|dir) (?:\w+ ){0,2}?(?:mühe|"
                            r"arbeit|nachricht|anruf)\b"
                            r"|\b(?:streiche|gestrichen|nehme|genommen|lösche|gelöscht)\b"
                            r"[^.?!]{0,40}\b(?:von|aus) meiner (?:\w+ )?liste\b"
                            r"|\b(?:ein|kein) (?:nächstes|zweites|weiteres) mal\b[^.?!]{0,10}"
                            r"\b(?:gibt es nicht|wird es nicht geben)\b",
            unless=_OWN_PERFECT),
    # documents or a name withdrawn: "Meine Unterlagen können Sie vernichten", "meinen Namen
    # nicht für künftige Stellen weiterzugeben", "kontaktieren Sie mich nicht wegen ..."
    _signal("closing-door", r"\b(?:vernichten|schreddern|wegwerfen|entsorgen)\b"
                            r"|\bnicht (?:\w+ ){0,4}?(?:weiterzugeben|weitergeben)\b"
                            r"|\b(?:kontaktieren|kontaktiert|schreiben|rufen) (?:sie|ihr|du) mich "
                            r"(?:bitte )?nicht\b",
            also=r"\b(?:mich|mir|meine\w*)\b", unless=any_of(_OWN_PERFECT,
                                                              r"\bbitte behalten\b")),
    _signal("closing-door", r"\b(?:wettbewerber\w*|konkurrenz|konkurrenten)\b",
            also=r"\b(?:nächste\w* schritt|wechsl\w*|gehe|führt|künftig|ab jetzt|von nun an)\b",
            unless=_OWN_PERFECT),
)

# -- concessions -----------------------------------------------------------------------------

_WILLING = any_of(
    r"würde", r"wäre", r"könnte", r"kann", r"bereit", r"gern\w*", r"notfalls", r"zur not",
    r"sogar", r"egal", r"reichen", r"recht", r"in ordnung", r"denkbar", r"flexibel\w*",
    r"in kauf", r"hinnehmen", r"ziehe", r"nehme",
)
_TERMS = any_of(
    r"gehalt\w*", r"bezahlung", r"\w*satz", r"vergütung", r"prämie", r"bonus", r"urlaub\w*",
    r"homeoffice", r"kündigungsfrist", r"befrist\w*", r"teilzeit\w*", r"junior\w*",
    r"praktik\w*", r"probe\w*", r"unbezahlt", r"ohne bezahlung", r"kostenlos", r"umsonst",
    r"geringer\w*", r"niedriger\w*", r"titel", r"trainee\w*", r"assistent\w*", r"einstieg\w*",
    r"eingruppierung", r"dienstwagen", r"eigene kosten", r"bedingung\w*",
    r"jede[mnrs]? (?:\w+ )?(?:stelle|position|gehalt|bedingung)", r"wochenende\w*",
    r"gehaltseinbußen", r"abends",
)
CONCESSION: tuple[Signal, ...] = (
    _signal("concession", rf"\b{_TERMS}\b",
            also=rf"\b{_WILLING}\b",
            unless=any_of(_OWN_PERFECT, r"\b(?:unsere\w*|ihre\w*|deren) (?:\w+ )?(?:sätze|preise|"
                                      r"verträge)\b", r"\bwo ich\b", r"\bich wohne\b")),
)

# -- expecting better ------------------------------------------------------------------------

EXPECTED_BETTER: tuple[Signal, ...] = (
    # their process found wanting: "dem das weitere Verfahren in keiner Weise gerecht wurde"
    _signal("expected-better", r"\b(?:in keiner weise|keineswegs|kaum|nicht|leider nicht) "
                               r"(?:\w+ )?gerecht (?:wurde|geworden|werden|wird)\b"
                               r"|\b(?:wurde|wird|ist|war) (?:\w+ ){0,4}?(?:in keiner weise|"
                               r"keineswegs|kaum|nicht) gerecht\b",
            also=r"\b(?:verfahren\w*|gespräch\w*|runde\w*|ablauf|prozess\w*|absage|"
                 r"umgang|ihr\w*|euch|eure?\w*)\b",
            unless=any_of(_OWN_PERFECT, r"\b(?:kunde|kunden|unser\w*)\b")),
    # disappointment aimed at how they acted: "von Ihrem Umgang mit Bewerbern enttäuscht"
    _signal("expected-better", r"\b(?:von|über) (?:ihrem|ihrer|ihren|eurem|eurer|euren|deinem|"
                               r"deiner) (?:\w+ ){0,3}?(?:umgang|verhalten|vorgehen|kommunikation|"
                               r"art|behandlung|verfahren|personalabteilung|\w*abteilung|haus|"
                               r"unternehmen|team|recruiting)\w*\b[^.?!]{0,40}\benttäuscht\b",
            unless=_OWN_PERFECT),
    _signal("expected-better", r"\b(?:hatte|hätte|war|dachte|hielt)\b[^.?!]{0,50}\b(?:zugetraut|"
                               r"gerechnet|erhofft|erwartet|versprochen|vorgestellt|angenommen|"
                               r"ausgegangen|gedacht|mehr von|mehr gehalten|höher)\b",
            also=_THEM, unless=any_of(r"\bmein\w* team\b|\bunser\w*\b",
                                    r"\b(?:besser|mehr|durchdachter|weiter|schneller)\w*,? als "
                                    r"(?:ich|wir|irgendwer|jemand|erwartet|gehofft|erhofft)\b",
                                    r"\büber dem, was\b", r"\bnicht damit gerechnet, dass "
                                    r"(?:sie|ihr)\b[^.?!]{0,40}\b(?:so|schnell|freundlich)")),
    _signal("expected-better", r"\b(?:nicht würdig|unwürdig|zurückbl\w+|nicht gerecht|getrübt|"
                               r"besseres verdient|mehr verdient|wundert mich, dass|überrascht "
                               r"mich, dass|so kannte ich|zu viel verlangt|hielt ich (?:\w+ ){0,3}?"
                               r"mehr von)\b",
            also=_THEM, unless=_OWN_PERFECT),
)

# -- bitterness ------------------------------------------------------------------------------

_HEDGE = any_of(
    r"offenbar", r"anscheinend", r"offensichtlich", r"bestimmt", r"sicher(?:lich)?", r"tja",
    r"na ja", r"hoffen wir", r"schätze ich", r"glückwunsch", r"was für eine?",
    r"viel (?:glück|spaß|vergnügen|erfolg) mit", r"immerhin", r"wenigstens",
)
_SLIGHT = any_of(
    r"billig\w*", r"günstig\w*", r"weniger wert", r"wenig zählt", r"aus der mode",
    r"nicht zurück\w*", r"eine weile", r"schnell liest", r"bereuen", r"verspätet\w*", r"übung",
    r"wen auch immer", r"unser aller zeit", r"mittelmaß", r"gern erklären", r"gute dienste",
    r"großzügig\w*", r"noch reicht",
)
BITTER: tuple[Signal, ...] = (
    # anger that lasts or is strong, at their doing: "maßlos darüber geärgert", "über dessen
    # Ausgang ich mich bis heute aufrege" (a passing annoyance stays a mild warning)
    _signal("anger", r"\b(?:maßlos|ziemlich|sehr|furchtbar|tierisch|richtig|total|nach wie vor|"
                     r"bis heute|immer noch|noch immer)\b[^.?!]{0,20}\b(?:geärgert|verärgert|"
                     r"aufgeregt|aufrege|ärgere)\b"
                     r"|\b(?:ärgere|rege) (?:ich )?mich\b[^.?!]{0,30}\b(?:bis heute|immer noch|"
                     r"noch immer|nach wie vor)\b",
            also=r"\b(?:absage|runde\w*|ablauf|antwort|verfahren\w*|gespräch\w*|ausgang|"
                 r"portal|bewerb\w*|ihr\w*|euch|eure?\w*|entscheidung)\b",
            unless=any_of(r"\b(?:kunde|kunden|unser\w*|fahrer|lieferant\w*)\b",
                          r"\b(?:habe|hatte) ich (?:\w+ ){0,6}?(?:gelernt|gemerkt)\b")),
    # who needs a seasoned hand when cheaper people will do: "Wer braucht schon einen Meister
    # mit zwanzig Jahren Erfahrung"
    _signal("bitterness", r"\bwer braucht (?:schon|denn|heute|noch|heutzutage)\b",
            also=r"\b(?:erfahrung|jahre\w*|meister\w*|billiger\w*|günstiger\w*|jünger\w*)\b"),
    _signal("bitterness", rf"\b{_HEDGE}\b[^.?!]{{0,60}}\b{_SLIGHT}\b|\b{_SLIGHT}\b[^.?!]{{0,60}}"
                          rf"\b{_HEDGE}\b",
            unless=any_of(_OWN_PERFECT, r"\bdeshalb\b", r"\bich weiß, wie\b")),
    # effort the writer calls wasted, as a question or a saving: "wozu ich mir die Mühe
    # gemacht habe", "dass man sich bei Ihnen die Vorbereitung sparen kann"
    _signal("bitterness", r"\b(?:wozu|wofür|warum) ich (?:mir )?(?:\w+ ){0,3}?(?:die |so viel |"
                          r"diese )?(?:mühe|arbeit|zeit)\b"
                          r"|\bsich (?:\w+ ){0,3}?(?:die|jede|seine|ihre) (?:\w+ )?(?:vorbereitung|"
                          r"mühe|arbeit) sparen\b",
            unless=any_of(_OWN_PERFECT, r"\b(?:kunde|kunden|fahrer|lieferant\w*)\b")),
    # the writer's wish to work there gone: "obwohl mir die Lust vergangen ist"
    _signal("bitterness", r"\b(?:lust|freude|begeisterung|motivation)\b[^.?!]{0,30}\b(?:vergangen|"
                          r"verflogen|abhanden gekommen|dahin)\b",
            also=r"\b(?:ihnen|ihr\w*|euch|eure?\w*|verfahren\w*|gespräch\w*|absage|"
                 r"bewerbung\w*|runde\w*|their_org|prozess\w*)\b",
            unless=_OWN_PERFECT),
    # a condition that mocks them: "falls Sie irgendwann einmal Wert auf Erfahrung legen"
    _signal("bitterness", r"\b(?:falls|wenn|sollten|sobald) (?:sie|ihr|du) (?:\w+ )?(?:irgendwann|"
                          r"eines tages|jemals|je)\b[^.?!]{0,40}\b(?:wert auf|zu schätzen|"
                          r"erkennen|begreifen|merken|lernen)\b"),
    # their words called canned: "die nur aus Textbausteinen bestand"
    _signal("bitterness", r"\b(?:nur|bloß|lediglich|nichts als|ausschließlich) (?:aus )?(?:\w+ )?"
                          r"(?:textbaustein\w*|floskel\w*|standardsätze\w*|formbrief\w*|"
                          r"serienbrief\w*|worthülse\w*)\b",
            unless=_OWN_PERFECT),
    _signal("bitterness", r"\b(?:absagen|firmen) (?:\w+ ){0,3}?die es (?:noch )?bereuen\b"
                          r"|\bso weit meine meinung\b|\bmeine meinung (?:davon|von ihnen) noch\b"),
)

# -- blame: a shortfall of theirs in a concessive clause or told as an event -----------------

_TURN = r"(?:auch wenn|obwohl|wenngleich|selbst wenn|aber|doch|jedoch|trotzdem|dennoch)"
_SHORTFALL = any_of(
    r"nicht", r"nie", r"kein\w*", r"erst", r"kaum", r"wenig\w*", r"einiges lernen",
    r"nebensache", r"überflogen", r"abgebrochen", r"brach\w* ab", r"geändert", r"verloren",
    r"ignoriert", r"unterbrochen", r"zu spät", r"nur",
)
#: Their side as the subject of the shortfall (the decision itself is not: "auch wenn die
#: Wahl nicht auf mich gefallen ist" accepts it).
_THEIRS = (r"(?:ihr\w*|euch|eure?\w*|man|jemand|niemand|gesprächspartner\w*|interviewer\w*|"
           r"personal\w*|abteilungsleiter\w*|teamleiter\w*|gremium|test|onlinetest|verfahren|"
           r"umgang|gehaltsspanne)")
BLAME: tuple[Signal, ...] = (
    # the passive that hides who did it: "Mir wurde nie die Möglichkeit gegeben", "der Posten
    # war längst für jemanden aus dem eigenen Haus reserviert"
    _signal("blame", r"\b(?:mir|uns) wurde\b[^.?!]{0,40}\b(?:nie|nicht|kaum|keine)\b[^.?!]{0,30}"
                     r"\b(?:möglichkeit|gelegenheit|chance|zeit|raum)\b[^.?!]{0,30}\b(?:gegeben|"
                     r"gelassen|eingeräumt)\b"
                     r"|\b(?:entscheidung|stelle|posten|position|auswahl)\b[^.?!]{0,30}\b(?:wurde|"
                     r"war)\b[^.?!]{0,30}\b(?:längst|von vornherein|im vorfeld|vorher)\b"
                     r"[^.?!]{0,40}\b(?:getroffen|entschieden|vergeben|besetzt|reserviert|"
                     r"festgelegt|klar)\b",
            unless=any_of(_OWN_PERFECT, r"\b(?:wie sie|sie haben|sie hatten) (?:mir )?(?:\w+ )?"
                                        r"(?:gesagt|erklärt|mitgeteilt|geschrieben)\b",
                          r"\bverst(?:ehe|ändlich)\b")),
    _signal("blame", rf"\b{_TURN}\b[^.?!;]{{0,60}}\b{_THEIRS}\b[^.?!;]{{0,60}}\b{_SHORTFALL}\b",
            unless=any_of(_OWN_PERFECT, r"\b(?:danke|dank|freue|freut|gefreut|gern|hoffe|"
                                      r"wünsche|verstehe|verständnis)\w*\b",
                        r"\b(?:kunde|kunden|fahrer|lieferant\w*|spediteur\w*)\b")),
    _signal("blame", r"\b(?:jemand|niemand|interviewer\w*|abteilungsleiter\w*|teamleiter\w*|"
                     r"gesprächspartner\w*|gremium|personal\w*|test|onlinetest|anzeige|"
                     r"gehaltsspanne)\b[^.?!]{0,80}\b(?:überflogen|abgebrochen|brach\w* ab|"
                     r"dreimal geändert|nebensache|über seine eigene|über ihre eigene|nicht "
                     r"wussten|nicht wusste|bevor mich jemand|erst in der letzten|um erlaubnis)\b",
            unless=_OWN_PERFECT),
)

# -- reasons and feedback --------------------------------------------------------------------

REASONS: tuple[Signal, ...] = (
    _signal("reasons", r"\b(?:lag es an|woran (?:es|hat es) (?:\w+ )?gelegen|was (?:\w+ )?gegen "
                       r"mich (?:gesprochen|entschieden)|aus welchem grund|einen (?:klaren |"
                       r"echten )?grund für die absage|warum meine bewerbung|was genau hat sie)\b",
            unless=_OWN_PERFECT),
)
FEEDBACK: tuple[Signal, ...] = (
    _signal("feedback", r"\b(?:hinweis|anmerkung\w*|einschätzung|notizen|rückmeldung|tipp\w*)\b"
                        r"[^.?!]{0,40}\b(?:wo|was|wie|welche|zu) (?:\w+ ){0,2}?meine\w* "
                        r"(?:präsentation|antwort\w*|gespräch\w*|aufgabe|bewerbung|auftritt|"
                        r"fallstudie|arbeitsproben)\b",
            also=r"\b(?:bitte|könnten|würden|wäre|würde|freuen|dankbar|interessier\w*|gern\w*|"
                 r"jede[nmrs]?|sagen sie|teilen sie|geben sie)\b"),
    _signal("feedback", r"\bwie (?:das gremium|sie|man|die jury) (?:\w+ ){0,2}?meine\w* "
                        r"(?:\w+ )?(?:präsentation|antwort\w*|aufgabe|fallstudie|bewerbung) "
                        r"bewertet\b"),
)
