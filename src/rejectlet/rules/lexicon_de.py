"""German word classes that the German frames combine: topic, stance and modality.

A frame in ``stance_de`` fires when a sentence holds a topic (the hiring event:
the decision, the wait, the interview, the person hired, the writer's future
applications) and a stance toward it (annoyance, wasted effort, doubt,
refusal, need). The classes live here, apart from the frames, because several
frames share them and because they are meant to grow: a new word for "the long
silence" or for "it wore me down" belongs in one list, and every frame that
reads that class learns it at once.

Words are written with real umlauts and "ß"; ``stance_de`` widens them to the
plain and typed forms ("ü" also matches "u" and "ue") when the table is built.
"""

from __future__ import annotations

#: The hiring event as something that happened to the writer: the wait, the silence,
#: the dates, the answer, the process.
EVENT = (
    r"(?:\w*warte\w*|wartezeit\w*|funkstille|schweigen|stille|ungewissheit|hin und her|"
    r"\w*termin\w*|\w*verschiebung\w*|verzögerung\w*|absage\w*|rückmeldung\w*|antwort\w*|"
    r"reaktion\w*|nachricht\w*|\w*verfahren\w*|\w*prozess\w*|\w*gespräch\w*|interview\w*|"
    r"entscheidung\w*|ihrerseits|nachfrage\w*|bewerbung\w*|auswahl\w*|hinhalte\w*|"
    r"vertröst\w*|wochen|monate|runde\w*|formmail\w*|standardmail\w*|e-?mail\w*|"
    r"art und weise|die art|umgang|ablauf|vorgehen|behandlung|kommunikation|recruit\w*|"
    r"personal\w*|ihnen|ihr\w*)"
)

#: Annoyance, strain and hurt, worded as the writer's feeling: mild on its own.
STRAIN = (
    r"(?:genervt|nervig\w*|nervt|nerven|nervend|nervtötend|nervenaufreibend|zermürb\w*|mürbe|"
    r"frustr\w*|gefrustet|anstrengend|belastet|belastend|belastung|strapaz\w*|geduldsprobe|"
    r"geduldsfaden|lästig\w*|"
    r"irritiert|irritierend|verstimmt|ärgerlich\w*|geärgert|ärgert|ärgerte|verunsichert|"
    r"ermüdend|zehrend|aufreibend|zäh|quälend|unangenehm|enttäuschend|ernüchternd|bitter|"
    r"gestresst|stressig|unschön|gekränkt|verletzt|verletzend|schwer verdaulich|traurig|"
    r"angefressen|verärgert|sauer|geschlaucht|aufgerieben|auf den geist|"
    r"an (?:\w+ )?(?:meinen|den|meine) nerven|auf die nerven|an die nieren|genagt|nagt|"
    r"zu schaffen gemacht|zu knabbern|aufgewühlt|stich|wehgetan|weh getan|geschmerzt|müde|"
    r"erschöpft|ausgelaugt|ungeduldig|unruhig|nervös)"
)

#: Intensifiers that turn annoyance into anger, which a first reply must not show.
FURY = (r"(?:sehr|maßlos|furchtbar|fürchterlich|wahnsinnig|extrem|unglaublich|richtig|total|"
        r"zutiefst|ungeheuer|enorm|gewaltig|mächtig|tierisch)")

#: Effort the writer spent on the application, which bitterness calls wasted.
EFFORT = (
    r"(?:zeit|mühe|aufwand|vorbereitung\w*|anreise|reise|fahrt|stunden|abende|tage|"
    r"urlaubstag\w*|urlaub|wochenende\w*|bewerbung\w*|gespräch\w*|\w*runden|fallstudie\w*|"
    r"probearbeit|probetag\w*|präsentation\w*|arbeit|energie|nerven|herzblut|vorbereitet|"
    r"investiert|gesteckt|angereist|gefahren|gereist|geopfert|fahren|reisen|anreisen|alles|"
    r"all das|das alles|"
    r"das ganze)"
)

#: Effort called wasted.
WASTED = (
    r"(?:umsonst|vergebens|vergeblich|für (?:gar )?nichts|für die katz|verschwendet\w*|"
    r"vergeudet\w*|verschwendung|vergeudung|gestohlen|geraubt|geklaut|in den sand gesetzt|"
    r"nichts gebracht|zu nichts geführt|schlecht investiert|fehlinvestition|zwecklos|nutzlos|"
    r"schade um|(?:sparen|schenken) können)"
)

#: Words that deny a waste ("keineswegs umsonst"): the sentence is gracious.
NOT_WASTED = (
    r"\b(?:nicht|keineswegs|keinesfalls|kein\w*|nie|niemals|auf keinen fall)\b (?:\w+ )?"
    r"(?:umsonst|vergebens|vergeblich|verschwendet|vergeudet|für nichts)\b"
)

#: Turning down what they said about the writer.
REBUT = (
    r"(?:stimmt (?:so |einfach |schlicht |leider |aber |nun mal |doch )?nicht|"
    r"(?:trifft|treffen|traf|trafen) (?:\w+ ){0,3}?nicht zu|(?:ist|war) (?:\w+ )?"
    r"(?:falsch|unzutreffend|nicht richtig|nicht korrekt|nicht zutreffend)|"
    r"weise ich (?:\w+ )?zurück|(?:kann|will|werde) ich (?:\w+ ){0,2}?nicht (?:gelten|stehen) "
    r"lassen|lasse ich (?:\w+ )?nicht (?:gelten|stehen|auf mir sitzen)|entbehrt\w*|"
    r"entspricht (?:\w+ )?nicht den tatsachen|unzutreffend|vorgeschoben|aus der luft "
    r"gegriffen|überzeugt (?:mich )?(?:\w+ )?nicht|deckt sich (?:\w+ )?nicht|steht im "
    r"widerspruch|nicht überzeugend|sehe ich (?:\w+ )?anders)"
)

#: What they said about the writer, reported: "Ihre Begründung, ...", "dass mir ... fehle".
CLAIM = (
    r"(?:begründung|argument\w*|(?:was|wie) sie (?:mir )?(?:geschrieben|gesagt|behauptet)|vorwurf|"
    r"behauptung|unterstellung|einschätzung|aussage|"
    r"annahme|einwand|gründe|grund|angeblich\w*|unterstellen|unterstellt|vorwerfen|"
    r"mir (?:\w+ ){0,3}?(?:fehle|mangle|fehlten)|ich (?:\w+ ){0,3}?(?:sei|habe|hätte|könne|"
    r"bringe)|dass (?:mir|ich))"
)

#: Doubt voiced about a person or a choice.
DOUBT = (
    r"(?:ob|bezweifl\w*|zweifl\w*|zweifel\w*|gespannt|kaum vorstellen|nicht vorstellen|"
    r"schwer (?:zu )?glauben|wird sich zeigen|werden (?:es )?sehen|wage|fraglich|frage mich|"
    r"frage ich mich|wirklich|tatsächlich)"
)

#: Another employer or offer, named as leverage.
ELSEWHERE = (
    r"(?:ander\w* (?:\w+ )?(?:unternehmen|firma|firmen|arbeitgeber\w*|konzern\w*|spedition\w*|"
    r"angebot\w*|zusage\w*|stelle|stellen|position\w*|job\w*)|konkurren\w*|wettbewerber\w*|"
    r"mitbewerber\w*|anderswo|woanders|anderweitig\w*|personalberater\w*|headhunter\w*|"
    r"personalvermittler\w*|ein\w* (?:\w+ )?(?:spedition|firma|agentur|bank|kanzlei|klinik|"
    r"reederei|logistiker|dienstleister|konzern|startup|start-up|unternehmen)\b"
    r"(?: \w+){0,2}? (?:würde|würden|hätte|hätten|will|wollen|bietet|bieten|hat mir|haben mir))"
)
#: What another employer does with the writer.
WANTS_ME = (
    r"(?:angebot\w*|angeboten|zusage|zugesagt|nehmen|genommen|einstellen|eingestellt|"
    r"anfangen|einsteigen|endrunde|finalrunde|letzten runde|kusshand|bietet|bieten|annehmen|"
    r"anzunehmen|nehme|nähme|unter vertrag|gespräch\w*|interview\w*|im rennen|eingeladen|"
    r"angefragt|kontaktiert|umworben|unterschreiben|zugreifen|abwerben|umwerben|verstreichen|"
    r"verfallen|"
    r"ausgeschlagen|abgesagt|sausen)"
)

#: Money, rent, savings: the writer's hardship told to the reader.
HARDSHIP = (
    r"(?:wohnung|miete|rechnungen|kredit\w*|raten|existenz|ersparnisse|rücklagen|"
    r"arbeitslosengeld|bürgergeld|jobcenter|konto|lebensunterhalt|familie|kinder)\b"
    r"[^.?!]{0,40}\b(?:nicht (?:mehr )?(?:halten|bezahlen|zahlen|leisten|ernähren|stemmen)|"
    r"aufgebraucht|knapp|am ende|reicht nicht|reichen nicht|läuft (?:\w+ ){0,3}?aus|"
    r"laufen (?:\w+ ){0,3}?aus|bedroht|"
    r"auf dem spiel|gefährdet|verlieren)|zurück (?:zu|bei) meinen eltern"
)
