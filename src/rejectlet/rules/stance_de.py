"""German frames for the tone and feedback readers, written for German sentences.

German is not a translation of the English list. The finite verb goes to the
end of a subordinate clause and the participle to the end of a main one ("Ich
bin über die Art der Absage empört", "Man hat mich ständig unterbrochen"), so
a frame spans the sentence instead of expecting two neighbouring words. The
addressee is "Sie" (or "du"/"ihr" in a startup's letter), requests come in the
Konjunktiv ("Könnten Sie ... noch einmal prüfen?", "Hätten Sie genauer
hingesehen, ..."), modal particles ("doch", "ja", "wohl", "schon", "eben")
sit anywhere, and complaints hide in compounds ("Fehlentscheidung",
"Auswahlverfahren").

So most frames are built from three parts rather than listed phrases: what the
sentence is about (their decision, their process or people, the person
hired, the writer's need), a judgement from a large lexicon of negative words
with their inflections, and who the subject is: a clause in which the writer
reports their own work ("Ich habe eine falsche Entscheidung im Einkauf
rechtzeitig korrigiert") or speaks of their own or a former workplace ("Unser
altes Bestellverfahren war chaotisch") is not a complaint about the reader.

Patterns are written with real umlauts and "ß" for readability, and each one
is widened when the table is built: "ü" matches the plain form's "u" (from
"ü") and the "ue" a writer without a German keyboard types, "ß" matches
"ss". They run on the linear-time engine over the plain form (see
``reading``).
"""

from __future__ import annotations

from . import lexicon_de as lex
from .frames import Signal
from .pattern_parts import signal_de


def _both(first: str, second: str) -> str:
    """A pattern for a sentence that holds both word classes, in either order."""
    return rf"\b{first}\b[^.?!]*\b{second}\b|\b{second}\b[^.?!]*\b{first}\b"


#: Every German frame here is written with umlauts and widened for them.
_signal = signal_de


# -- Who the sentence is about -------------------------------------------------------------

#: Past participles and preterites of achievement: the writer reporting their work.
_DONE = (
    r"(?:gefunden|behoben|gesenkt|reduziert|verwandelt|entwickelt|gebaut|aufgebaut|abgebaut|"
    r"ausgebaut|eingeführt|geleitet|geführt|durchgeführt|korrigiert|abgeschafft|geschrieben|"
    r"verbessert|beruhigt|gelöst|halbiert|automatisiert|optimiert|verhandelt|geschult|"
    r"trainiert|analysiert|ausgewertet|untersucht|modelliert|erstellt|umgesetzt|aufgesetzt|"
    r"zusammengelegt|vermieden|verhindert|aufgedeckt|entdeckt|erkannt|betreut|gelernt|"
    r"gewonnen|zurückgewonnen|ersetzt|bereinigt|geprüft|überprüft|\w*organisiert|vereinfacht|"
    r"verglichen|vorgelegt|eingeholt|durchgesetzt|erklärt|bearbeitet|formuliert|geantwortet|"
    r"beantwortet|vorbereitet|überarbeitet|neu bewertet|moderiert|begleitet|eingearbeitet|"
    r"ausgeschrieben|rekrutiert|gestaltet|programmiert|implementiert|dokumentiert|"
    r"gemessen|berechnet|geplant|koordiniert|verantwortet|aufgebaut|stabilisiert|gesteigert|"
    r"erhöht|verkürzt|beschleunigt|gerettet|geschlichtet|vermittelt|gelehrt|unterrichtet|"
    r"veröffentlicht|präsentiert|gegründet|saniert|umgestellt|verlagert|eingespart|erreicht|"
    r"entworfen|konzipiert|ausgearbeitet|abgeschafft|beendet|umgebaut|eingerichtet|entkräftet|"
    r"nachverhandelt|gemeistert|geschärft|gestrichen|entfernt)"
)
_OWN_DEEDS = (
    rf"\b(?:ich|wir|mein team|unser team)\b[^.?!]{{0,100}}\b{_DONE}\b"
    r"|\b(?:ich|wir) (?:senkte|entwickelte|baute|leitete|führte|korrigierte|schrieb|verbesserte|"
    r"löste|fand|entdeckte|erkannte|analysierte|untersuchte|gewann|betreute|optimierte|"
    r"automatisierte|halbierte|reduzierte|organisierte|ersetzte|prüfte|beruhigte|übernahm)\b"
)
#: A noun of the writer's own work ("mein Projekt"): turns off judging frames, but not a
#: request for feedback on it ("Rückmeldung zu meinem Vortrag").
_OWN_THINGS = (
    r"\bmein(?:e|em|er|en)? (?:\w+ )?(?:vortrag|arbeit|projekt|team|abschlussarbeit|masterarbeit|"
    r"bachelorarbeit|dissertation|studie|forschung|artikel|buch|modell|bericht|analyse|tool|"
    r"stärke|aufgabe|entscheidung|wahl|plan|weg|ziel)\w*\b"
)
_OWN_WORK = _OWN_DEEDS + "|" + _OWN_THINGS
#: Words that put the topic on the writer's side: their team, their former workplace.
_NOT_THEIRS = (
    r"\b(?:unser\w*|mein\w*|alt\w*|bisherig\w*|früher\w*|damalig\w*|vorherig\w*) (?:\w+ )?"
    r"[\w-]*(?:verfahren|prozess|system|team|lager|abteilung|firma|kunden|arbeitgeber|vorgänger|"
    r"chef|planung|plan|verwaltung|modell|abrechnung)\w*\b"
    r"|\b(?:die|der|denen|deren|dessen) (?:ihre[mnrs]?|i_re[mnrs]?|s_e|seine[mnrs]?|sich)\b|"
    r"\b(?:deren|dessen)\b"

    # a plural noun with a third party's "ihre" (masked, see ``addressee_de``): "Kommunen ihre"
    r"|\b\w{3,}(?:en|er|n) i_re\w*\b"
    r"|\b(?:kunde|kunden|kundin|kundinnen|anrufer\w*|fahrer\w*|gäste|gast|patient\w*|"
    r"lieferant\w*|spediteur\w*|verlader\w*|einkäufer\w*)\b"
)
#: Remedy verbs: "ein Verfahren, das Fehlentscheidungen reduziert" speaks of a fix.
_REMEDY = (r"\b(?:reduziert|reduzieren|verhindert|verhindern|vermeidet|vermeiden|verringert|"
           r"verringern|minimiert|minimieren|senkt|senken|gesenkt|bekämpft|abbaut|beseitigt|"
           r"markiert|erkennt|meldet|filtert|kennzeichnet|warnt|aufspürt)\b")
#: The writer as the one who revised a decision: "musste ich eine Materialentscheidung
#: rückgängig machen", "die ich im eigenen Team überdacht habe". The finite verb sits next to
#: "ich" or "wir", so "ich hoffe, dass Sie ... überdenken" is not the writer's deed.
_SELF_REVISED = (
    r"\b(?:(?:habe|hatte|musste|mussten|wollte|konnte|haben|hatten) (?:ich|wir)|(?:ich|wir) "
    r"(?:habe|hatte|haben|hatten|musste|mussten|wollte|konnte))\b[^.?!,]{0,100}\b(?:überdacht|"
    r"revidiert|rückgängig gemacht|rückgängig machen|zurückgenommen|neu bewertet|korrigiert|"
    r"geändert|angepasst|umentschieden)\b"
    r"|\b(?:die|den|das|der|denen) (?:ich|wir)\b[^.?!,]{0,60}\b(?:überdacht|revidiert|"
    r"rückgängig gemacht|zurückgenommen|korrigiert|geändert) (?:habe|haben|hatte|hatten)\b"
    r"|\b(?:überdenken|überdachten|revidieren|revidierten) wir\b|\bwir (?:überdenken|"
    r"überdachten|revidieren|revidierten)\b|\bich (?:überdachte|revidierte)\b"
)
#: What the writer's own review showed: "Meine Prüfung hat gezeigt, dass ...".
_OWN_FINDING = (r"\b(?:meine|unsere) (?:\w+ )?(?:prüfung|analyse|auswertung|untersuchung|"
                r"messung|rechnung)\w*\b[^.?!,]{0,40}\b(?:ergab|zeigte|belegte|hat gezeigt|"
                r"hat ergeben|hat belegt)\b")
#: Remedies the writer was given to do, as infinitives: "einen veralteten Prozess zu ersetzen".
_REMEDY_TO_DO = (r"\b(?:zu )?(?:ersetzen|abzulösen|ablösen|modernisieren|abzuschaffen|abschaffen|"
                 r"vereinfachen|aufzuräumen|aufräumen|beheben|zu beheben|reparieren|"
                 r"überarbeiten|zu überarbeiten|neu aufzusetzen)\W*$")
_MINE = (_OWN_WORK + "|" + _NOT_THEIRS + "|" + _REMEDY + "|" + _SELF_REVISED + "|" + _OWN_FINDING
         + "|" + _REMEDY_TO_DO)
#: For judgements: also a clause of purpose or result after the writer's own work ("..., damit
#: sie nicht mehr irreführend sind").
_MINE_JUDGED = (_MINE + r"|^\s*(?:damit|sodass|so dass|wodurch)\b"
                # a device or a thing gone wrong, not a person judged: "ein falsch
                # konfigurierter Scanner"
                r"|\b(?:ein|eine|einen|einem|einer) falsch \w+(?:ter|te|tes|ten|tem)\b")

# -- What the sentence judges, and how -----------------------------------------------------

#: Their decision about the writer.
_DECISION = (
    r"(?:(?:ihr\w*|eure?\w*|deine?\w*|die|diese\w*|eine|der|den|dem|dass|solche\w*) (?:\w+ ){0,2}?"
    r"(?:\w*entscheidung|absage|ablehnung|wahl|auswahl|stellenbesetzung|besetzung|"
    r"einschätzung)\w*|mich (?:\w+ )?abzulehnen|mich nicht (?:\w+ )?(?:zu nehmen|einzustellen|"
    r"auszuwählen|zu berücksichtigen|einzuladen)|dass sie mich nicht|meine (?:ablehnung|absage)"
    r"|das ergebnis (?:des|der|ihres|ihrer) (?:\w+ )?(?:auswahl\w*|verfahren\w*|gespräch\w*|"
    r"bewerbung\w*|prozess\w*)|die stelle (?:\w+ )?anderweitig zu besetzen)"
)
#: Their process and their people.
_PROCESS = (
    r"(?:(?:ihr\w*|eure?\w*|deine?\w*|das|dies\w*|der|die|den|dem|im|beim|ganze\w*) (?:\w+ ){0,2}?"
    r"(?:auswahlverfahren|bewerbungsverfahren|einstellungsverfahren|besetzungsverfahren|"
    r"verfahren|prozess|bewerbungsprozess|auswahlprozess|recruiting\w*|vorstellungsgespräch|"
    r"gespräch|interview|assessment\w*|fallstudie|probearbeit|test|einstellungstest|umgang|"
    r"behandlung|kommunikation|vorgehen|vorgehensweise|gesprächsführung|fragen|personalabteilung|"
    r"personaler\w*|recruiter\w*|interviewer\w*|gesprächspartner\w*|fachabteilung|führungskraft|"
    r"abteilungsleiter\w*|teamleiter\w*|hr|panel|jury|gremium|kommission|auswahlkommission)\w*"
    r"|ihr unternehmen|ihre firma|ihr haus)"
)
#: Judgements: adjectives with every ending, and judging nouns after an article.
_JUDGED = (
    r"(?:(?:falsch|fehlerhaft|ungerecht|unfair|willkürlich|intransparent|undurchsichtig|"
    r"unprofessionell|chaotisch|unorganisiert|respektlos|herablassend|arrogant|überheblich|"
    r"oberflächlich|voreingenommen|parteiisch|einseitig|abgekartet|manipuliert|lächerlich|"
    r"absurd|grotesk|peinlich|inakzeptabel|unannehmbar|unzumutbar|unverständlich|"
    r"unbegreiflich|unerklärlich|schleierhaft|fragwürdig|zweifelhaft|kurzsichtig|voreilig|"
    r"übereilt|vorschnell|überstürzt|unüberlegt|fahrlässig|töricht|dumm|unsinnig|sinnlos|"
    r"misslungen|missglückt|verfehlt|beschämend|blamabel|dilettantisch|amateurhaft|"
    r"stümperhaft|inkompetent|unfähig|ahnungslos|desinteressiert|unvorbereitet|unhöflich|"
    r"unfreundlich|abweisend|herzlos|rücksichtslos|unseriös|unehrlich|diskriminierend|"
    r"sexistisch|rassistisch|skandalös|empörend|unerhört|haarsträubend|katastrophal|miserabel|"
    r"erbärmlich|armselig|jämmerlich|unverschämt|dreist|ungeheuerlich|befremdlich|unlogisch|"
    r"widersprüchlich|ungerechtfertigt|unberechtigt|unbegründet|haltlos|unhaltbar|irrig|"
    r"mangelhaft|schlampig|nachlässig|geringschätzig|abwertend|demütigend|entwürdigend|"
    r"kränkend|beleidigend|verletzend|zynisch|scheinheilig|heuchlerisch|verlogen|schikanös|"
    r"fehlentschieden|unangemessen|unangebracht|unpassend|leichtfertig|irreführend|unsachlich|"
    r"unverhältnismäßig|taktlos|instinktlos|kaltherzig|unmenschlich|unanständig|unwürdig|"
    r"unterirdisch|missgriff|fehltritt|eigentor|bärendienst|missverständnis)\w*"
    r"|trifft (?:\w+ )?nicht zu|stimmt (?:so |einfach |schlicht |leider )?nicht|gehört sich "
    r"(?:\w+ )?nicht|geht (?:so |gar |überhaupt )?nicht|no-go"
    r"|(?:völlig|total|ziemlich|voll|komplett|glatt|klar) daneben|fehl am platz"
    r"|nicht (?:\w+ )?(?:nachvollziehbar|fair|gerecht|korrekt|richtig|professionell|"
    r"in ordnung|okay|ok|seriös|angemessen|gerechtfertigt|haltbar|durchdacht|verständlich|"
    r"zu verstehen|zu rechtfertigen|vorbereitet|objektiv|neutral|transparent|schlüssig|"
    r"plausibel|stichhaltig|überzeugend|begründet)"
    r"|ein\w* (?:\w+ )?(?:fehler|fehlgriff|fehlentscheidung|fehlurteil|fehleinschätzung|"
    r"irrtum|witz|farce|frechheit|zumutung|unverschämtheit|armutszeugnis|skandal|"
    r"schlag ins gesicht|beleidigung|katastrophe|affront|unding|trauerspiel|schande|hohn|"
    r"fehlbesetzung|schikane|posse|theater|showveranstaltung|alibiveranstaltung)"
    r"|fehlentscheidung\b|fehlgriff|fehlurteil|fehleinschätzung|unsinn|quatsch|blödsinn|"
    r"schwachsinn|fangfrage\w*|(?:reine|pure|bloße|eine) (?:schikane|farce|show|formsache|"
    r"formalität|zeitverschwendung)|(?:mir )?ein rätsel|(?:liegen|lagen|lag|liegt) (?:\w+ ){0,5}?"
    r"daneben|keinen gefallen)"
)

# -- Arguing with the decision ---------------------------------------------------------------

#: Words that put their decision about the writer in the sentence.
_DECISION_CUE = (r"\b(?:entscheidung|entschieden|entscheiden|absage|abgesagt|ablehnung|abgelehnt|"
                 r"ablehnen|auswahl|ausgewählt|wahl|gewählt|besetzung|besetzt|aussortiert|"
                 r"gegen mich|mich nicht|zusage|einschätzung|urteil)\b")
_ARGUING = (
    _signal("arguing", rf"\b{_DECISION}\b[^.?!]{{0,60}}\b{_JUDGED}", unless=_MINE_JUDGED),
    _signal("arguing", rf"\b{_JUDGED}", also=_DECISION_CUE, unless=_MINE_JUDGED),
    _signal("arguing", rf"\bich (?:halte|finde|empfinde|nenne) (?:es|das|dies)\b[^.?!]{{0,20}}"
                       rf"{_JUDGED}|\b(?:sie|ihr|du)\b[^.?!]{{0,30}}\b(?:chance"
                       rf"|gelegenheit) (?:\w+ )?"
                       r"verpasst\b|\bwas (?:ihnen|euch|dir) (?:\w+ )?entgeht\b|\bentgeht (?:ihnen|"
                       r"euch|dir)\b", unless=_MINE),
    _signal("arguing", r"\bwiderspreche(?:n)?\b", also=r"\b(?:ihnen|ihrer|ihre|euch|"
                       r"dir|entscheidung|absage|einschätzung)\b", unless=_MINE),
    _signal("arguing", r"\bich sehe (?:das|es|dies) (?:\w+ )?anders\b|\b(?:bin|sehe) ich (?:\w+ )?"
                       r"anderer (?:meinung|ansicht)|\bich bin (?:\w+ )?anderer (?:meinung"
                       r"|ansicht)\b|"
                       r"\bso (?:\w+ )?nicht (?:entscheiden|urteilen)\b|\bohne (?:\w+ )?(?:genaue|"
                       r"gründliche|richtige|sorgfältige|ernsthafte|echte)?\w* ?(?:prüfung|lektüre|"
                       r"durchsicht|blick)\b[^.?!]{0,40}\b(?:getroffen|entschieden|abgelehnt|"
                       r"abgesagt|aussortiert)\b", unless=_MINE),
    _signal("arguing", rf"\b{_JUDGED}\b[^.?!]{{0,30}}\b(?:ihre|eure|deine|die|diese) (?:\w+ )?"
                       r"(?:entscheidung|absage|wahl|auswahl)\b", unless=_MINE),
    _signal("arguing", rf"\b(?:das|dies|es)\b (?:\w+ ){{0,3}}?(?:halte|finde|empfinde|nenne|"
                       rf"betrachte)\b[^.?!]{{0,20}}{_JUDGED}|\b(?:halte|finde|empfinde|nenne) "
                       rf"ich (?:das|dies|es)\b[^.?!]{{0,20}}{_JUDGED}", unless=_MINE),
    _signal("arguing", r"\b(?:das|dies|es) (?:war|ist|wäre)(?: \w+){0,2}? (?:ein )?(?:\w+ )?"
                       r"(?:fehler|irrtum|fehlgriff)\b",
            also=r"\b(?:wahl|entscheidung|absage|ablehnung|mich|mir|sie)\b", unless=_MINE),
    _signal("arguing", r"\b(?:falsche|fragwürdige|ungerechte|unfaire|voreilige|kurzsichtige|"
                       r"schlechte|vorschnelle|unüberlegte) (?:entscheidung|wahl|absage|"
                       r"personalentscheidung)\b|\bfehlentscheidung\b|\bfehlbesetzung\w*|\b(?:die|"
                       r"den|eine|einen) falsche[nr]? (?:\w+ )?(?:person|kandidat\w*|bewerber\w*|"
                       r"besetzung|leute)\b",
            unless=_MINE),
    # the addressee erred
    _signal("arguing", r"\b(?:sich|euch|dich) (?:\w+ ){0,4}?(?:geirrt|vertan|verschätzt|"
                       r"vergriffen|verrannt|verkalkuliert)\b|\b(?:sie irren|ihr irrt|du irrst|"
                       r"sie liegen falsch|da liegen sie (?:\w+ )?falsch)\b|\bsie (?:\w+ )?"
                       r"(?:machen|haben|begehen|begingen|machten)(?: \w+){0,2}? (?:einen|da einen|"
                       r"hier einen) (?:\w+ )?fehler\b|\b(?:sie haben|haben sie|ihr habt|habt "
                       r"ihr) (?:sich |euch )?(?:\w+ )?falsch entschieden\b|\b(?:es|das) (?:war|"
                       r"ist|wäre) (?:ein )?(?:\w+ )?fehler,? (?:mich|mir|sich gegen mich)\b",
            unless=_OWN_WORK),
    _signal("arguing", r"\b(?:sie|ihr|du) (?:\w+ ){0,2}?(?:unterschätzen|unterschätzten|"
                       r"unterschätzt|verkennen|verkannten|verkennt)\b|\b(?:sie|ihr) (?:haben|"
                       r"habt) (?:\w+ ){0,4}?(?:unterschätzt|verkannt|übersehen|falsch "
                       r"eingeschätzt|nicht erkannt)\b",
            also=r"\b(?:mich|mir|mein\w*|was ich|wie viel|welch\w*|ich)\b", unless=_OWN_WORK),
    # Konjunktiv: what they would have seen had they looked
    _signal("arguing", r"\bhätten (?:sie|ihr|du) (?:\w+ ){0,3}?(?:genauer|richtig|besser|"
                       r"gründlicher|aufmerksamer|sorgfältiger|näher|ehrlich)\b|\bwenn (?:sie|ihr|"
                       r"du) (?:\w+ ){0,3}?(?:genauer|richtig|besser|gründlicher|aufmerksamer|"
                       r"sorgfältiger|näher) (?:\w+ ){0,2}?(?:hingesehen|hingeschaut|gelesen|"
                       r"zugehört|geprüft|hinsehen|hinschauen|lesen|prüfen)|\b(?:hätten|würden) "
                       r"(?:sie|ihr|du) (?:\w+ ){0,3}?(?:für mich|mich) (?:\w+ )?(?:entschieden|"
                       r"entscheiden|genommen|nehmen|eingestellt|einstellen)\b|\b(?:das "
                       r"ergebnis|die entscheidung) (?:wäre|hätte) (?:\w+ ){0,3}?anders\b"),
    _signal("arguing", r"\b(?:mit mir|ich wäre|wäre ich|ich war|ich bin)\b[^.?!]{0,40}\b(?:die|"
                       r"der) (?:bessere|beste|klügere|logische|naheliegende|naheliegendste|"
                       r"offensichtliche|richtige|stärkere|stärkste|qualifiziertere|ideale"
                       r"|perfekte|"
                       r"optimale|passendere|passendste|geeignetere|geeignetste) (?:\w+ )?"
                       r"(?:wahl|entscheidung|besetzung|kandidat\w*|bewerber\w*|person|lösung)\b"
                       r"|\bich (?:war|bin|wäre)(?: \w+){0,3}? (?:der|die) (?:beste|stärkste|"
                       r"qualifizierteste|geeignetste|passendste|erfahrenste)\w* (?:kandidat|"
                       r"bewerber|person|wahl|besetzung)\w*"),
    _signal("arguing", r"\bich (?:wäre|hätte)\b[^.?!]{0,30}\b(?:die|der) (?:richtige|beste|bessere|"
                       r"ideale|perfekte|passende)\w*\b|\b(?:die|der) (?:richtige|beste|bessere|"
                       r"ideale|perfekte|passende)\w* (?:\w+ ){0,4}?gewesen\b",
            also=r"\b(?:ich|mir|mich)\b", unless=_MINE),
    # disagreement and refusal to accept
    _signal("arguing", r"\bich (?:\w+ ){0,2}?(?:widerspreche|bestreite|protestiere|lege (?:\w+ )?"
                       r"widerspruch|erhebe (?:\w+ )?einspruch)\b|\b(?:nicht|keineswegs|"
                       r"ganz und gar nicht|überhaupt nicht|absolut nicht) einverstanden\b|"
                       r"\b(?:kann|werde|will|möchte|akzeptiere|verstehe|begreife)\b[^.?!]{0,50}"
                       r"\bnicht (?:\w+ )?(?:akzeptieren|hinnehmen|nachvollziehen|begreifen|"
                       r"einsehen|gelten lassen|verstehen)\b|\bich (?:akzeptiere|respektiere|"
                       r"verstehe|begreife) (?:ihre|diese|die|eure|deine) (?:entscheidung|absage|"
                       r"wahl) (?:\w+ )?nicht\b",
            also=r"\b(?:entscheidung|absage|ablehnung|wahl|auswahl|ergebnis|damit|das|dies|"
                 r"mich|sie)\b", unless=_MINE),
    _signal("arguing", r"\bich (?:verstehe|begreife) (?:\w+ )?nicht,? (?:wie|warum|weshalb|wieso) "
                       r"(?:sie|man|ihr|du)\b[^.?!]{0,50}\b(?:gegen mich|mich|ablehnen|abgelehnt|"
                       r"entscheiden|entschieden)\b"),
    # entitlement
    _signal("arguing", r"\b(?:die|diese) (?:stelle|position|zusage) (?:hätte|stand|steht|gehörte|"
                       r"gebührte|gebührt) (?:\w+ ){0,3}?mir\b|\bmir (?:\w+ )?(?:zugestanden|"
                       r"zugestanden hätte|gebührt)\b|\bich hätte (?:\w+ ){0,3}?verdient\b|"
                       r"\bich (?:habe|hatte) (?:die stelle|den job|die position|die zusage|es|"
                       r"das|eine chance|mehr|besseres|eine antwort|respekt)(?: \w+){0,2}? "
                       r"verdient\b|\bhabe ich (?:\w+ ){0,2}?(?:nicht )?verdient\b"),
)

# -- Asking them to revisit it ---------------------------------------------------------------

_FUTURE_ROLES = (
    r"\b(?:künftig|zukünftig|ähnlich|später|nächst|passend|weiter|vergleichbar|kommend|"
    r"neu)\w* (?:\w+ ){0,2}?(?:stelle|position|ausschreibung|rolle|gelegenheit|vakanz|"
    r"projekt|aufgabe)\w*"
)
_REVISIT = (
    _signal("revisit", r"\b(?:überdenk\w*|überdacht|revidier\w*|umentscheid\w*|umentschied\w*|"
                       r"umentschieden|rückgängig|zurückzunehmen|zurücknehmen|zurücknähmen|"
                       r"zurückgenommen|neu aufrollen|wiederaufnehm\w*|wiedererwäg\w*"
                       r"|(?:noch (?:ein"
                       r"(?:mal)?|mal|einmal|mals)|ein (?:zweites|weiteres"
                       r"|letztes) mal)(?: \w+){0,4}? (?:prüfen|überprüfen|überlegen|"
                       r"ansehen|anschauen|anzusehen|anzuschauen|betrachten|durchdenken|bewerten"
                       r"|zu prüfen|"
                       r"durch den kopf gehen|anzusehen|zu überprüfen|"
                       r"beurteilen|abwägen|nachdenken|beraten|entscheiden|durchsehen|durchgehen|"
                       r"berücksichtigen|zu berücksichtigen|in betracht ziehen|"
                       r"in betracht zu ziehen|"
                       r"durchzusehen|durchzugehen|nachzudenken|zu überdenken|zu bewerten|"
                       r"zu beurteilen|zu betrachten|in erwägung zu ziehen|in erwägung "
                       r"ziehen|besprechen|drüber schauen|darüber schauen)|(?:erneut|nochmals|"
                       r"nochmal|neu|wieder)(?: \w+){0,3}? (?:vornimmt|vornehmen|vorzunehmen|"
                       r"durchsieht|prüfen|überprüfen|überlegen|ansehen|"
                       r"anschauen|bewerten|beurteilen|abwägen|entscheiden|nachdenken|"
                       r"berücksichtigen|in betracht ziehen|in erwägung ziehen)|anders(?: \w+)"
                       r"{0,2}? (?:entscheiden|entschieden|überlegen|überlegt)|es sich "
                       r"(?:\w+ ){0,3}?(?:überlegen|überlegt)|doch noch (?:\w+ ){0,4}?(?:nehmen|"
                       r"einstellen|berücksichtigen|einladen|einzuladen|einzustellen|zu "
                       r"berücksichtigen|zu nehmen|ein|entscheiden|umentscheiden|die stelle|eine "
                       r"chance|eine zusage|zusagen|zum zug|eine möglichkeit))\b",
            also=r"\b(?:entscheidung|absage|ablehnung|bewerbung|kandidatur|unterlagen|mich|mir|"
                 r"bitte|könnten|können|würden|wären|wäre|möchten|ließe|lässt|vielleicht|hoffe|"
                 r"wünsche|ob sie|gibt es|kannst|könntest|würdet|euch|es sich|sie sich|"
                 r"ihre meinung)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\b(?:prüfen|überprüfen|überlegen|überlegt|betrachten|bewerten|"
                       r"beurteilen|entscheiden|entscheidet|denken|sehen|schauen|ziehen) "
                       r"(?:sie|ihr|du|es|sich|euch|dich|dir|meine|die|ihre)\b(?: \w+){0,4}? "
                       r"(?:noch (?:ein)?mal|nochmals|nochmal|erneut|doch noch|anders|um)\b",
            also=r"\b(?:entscheidung|absage|bewerbung|kandidatur|unterlagen|mich|bitte|hoffe|"
                 r"vielleicht|sich|es sich|euch|ob)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\b(?:ihre|eure|deine|die|diese) (?:\w+ )?(?:entscheidung|absage|wahl|"
                       r"ablehnung)\b[^.?!]{0,40}\b(?:überprüfen|prüfen|überdenken|zurückziehen|"
                       r"zurücknehmen|ändern|korrigieren|revidieren|aufheben|rückgängig"
                       r"|neu treffen|"
                       r"überarbeiten|zurückzuziehen|zurückzunehmen|zu überprüfen|zu prüfen"
                       r"|abwägen|"
                       r"abzuwägen|zu überdenken|neu zu treffen"
                       r"|zu ändern|"
                       r"zu korrigieren)\b|\bdoch (?:\w+ )?(?:die stelle|bekommen|nehmen"
                       r"|einstellen)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\bnoch (?:eine?n?|einmal eine?n?) (?:\w+ )?(?:gesprächsrunde|gespräch|"
                       r"runde|interview|termin|vorstellungsgespräch|kennenlernen)\b",
            also=r"\b(?:würden|könnten|können|bitte|wäre|ermöglichen|einladen|geben|hoffe)\b|\?",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\bdoch noch\b",
            also=r"\b(?:stelle|zusage|bewerbung|mich|weg|möglichkeit|chance|entscheidung|"
                 r"umentscheiden|einstellen|nehmen)\b", unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\b(?:entscheidung|absage|wahl|das|dies|es)\b[^.?!]{0,30}\b(?:endgültig|"
                       r"unumstößlich|unwiderruflich|in stein gemeißelt|final|festgezurrt)\b",
            also=r"\b(?:hoffe|wirklich|noch|schon|tatsächlich|ob)\b|\?", unless=_MINE),
    _signal("revisit", r"\b(?:erneute|nochmalige|zweite|neuerliche|weitere)\w* (?:prüfung|"
                       r"überprüfung|bewertung|betrachtung|durchsicht|beurteilung|sichtung|"
                       r"entscheidung)\b",
            also=r"\b(?:bewerbung|unterlagen|entscheidung|absage|kandidatur|mich|meine\w*)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\bumstimm\w*|\b(?:ihre|eure|deine) meinung\b[^.?!]{0,30}\b(?:ändern|"
                       r"ändert|änderten|geändert)\b|\b(?:ist|war|bleibt) (?:das|dies|die "
                       r"entscheidung|ihre entscheidung|diese entscheidung|die absage)(?: \w+)"
                       r"{0,2}? (?:endgültig|unumstößlich|unwiderruflich|in stein gemeißelt|"
                       r"final)\b|\b(?:ihr|euer|dein) letztes wort\b|\b(?:lässt|ließe) sich\b"
                       r"[^.?!]{0,40}\bnoch (?:etwas|was) (?:machen|ändern|drehen|bewegen)\b|"
                       r"\b(?:kann|könnte|ließe) man (?:da|daran|an der \w+) (?:noch )?(?:etwas|"
                       r"was) (?:machen|ändern|drehen)\b|\bnoch (?:etwas|was) (?:zu machen|zu "
                       r"ändern|zu drehen)\b|\ban (?:der|ihrer|dieser|eurer"
                       r"|deiner) (?:entscheidung|absage|wahl)"
                       r"\b[^.?!]{0,30}\b(?:ändern|rütteln|drehen|machen)\b",
            unless=_MINE),
)

# -- Demanding reasons -----------------------------------------------------------------------

_ABOUT_ME = (r"\b(?:ich|mich|mir|meine\w*)\b[^.?!]{0,60}(?:\bnicht\b|\bkein\w*|abgelehnt|"
             r"abgesagt|gegen mich|\banderen?\b|ausgewählt|genommen|eingestellt|entschieden|"
             r"bekommen|aussortiert|gescheitert|ausgeschieden|gefallen|fiel|anderer|vorgezogen|"
             r"bevorzugt|jemand)|\b(?:nicht|"
             r"abgelehnt|abgesagt|gegen mich|anderen?|aussortiert)\b[^.?!]{0,40}\b(?:ich|mich|"
             r"mir)\b|\b(?:sie|ihr|du) (?:sich )?(?:\w+ ){0,3}(?:entschieden|ausgewählt|"
             r"genommen|eingestellt|abgelehnt|aussortiert)")
_WHY = (r"(?:warum|weshalb|wieso|weswegen|aus welchem grund|aus welchen gründen|wie kommt es|"
        r"wie kam es|wie konnte es|was war der grund|was waren die gründe|woran lag es|"
        r"nach welchen kriterien|auf welcher grundlage|mit welcher begründung|woran)")
#: Reasons they already gave, and the writer's understanding of them: "Die Gründe, die Sie mir
#: genannt haben, kann ich gut nachvollziehen".
_REASONS_GIVEN = (r"\b(?:die|wie) (?:sie|ihr|du) (?:mir|uns) (?:\w+ ){0,4}?(?:genannt|erklärt|"
                  r"mitgeteilt|geschildert|dargelegt|erläutert)\b|\b(?:kann|konnte) ich (?:\w+ )"
                  r"{0,2}?(?:gut|sehr gut|vollkommen|voll und ganz|durchaus|absolut) "
                  r"nachvollziehen\b|\bverstehe ich (?:gut|sehr gut|vollkommen|voll und ganz)\b|"
                  r"\bnachvollziehbar\b")
_REASONS = (
    _signal("reasons", rf"\b{_WHY}\b[^.!]{{0,120}}\?", also=_ABOUT_ME + r"|\bentsch(?:ei|ie)d\w*"),
    _signal("reasons", r"\bwas (?:\w+ ){0,3}?(?:gegen mich|an mir|bei mir)\b[^.?!]{0,40}"
                       r"(?:gesprochen|auszusetzen|gestört|gefehlt|nicht (?:gepasst|überzeugt|"
                       r"gefallen|gereicht))|\bwas (?:\w+ ){0,3}?hat (?:sie|euch|dich) (?:\w+ )"
                       r"{0,3}?nicht überzeugt\b|\bwas (?:\w+ ){0,2}?sprach (?:\w+ ){0,2}?gegen "
                       r"mich\b|\bwas (?:\w+ ){0,2}?hat (?:\w+ ){0,2}?den ausschlag (?:\w+ ){0,2}?"
                       r"gegeben\b"),
    _signal("reasons", rf"\b(?:ich (?:möchte|will|muss|würde|hätte|wüsste)(?: \w+){{0,2}}? "
                       r"(?:wissen|verstehen|erfahren|hören|nachvollziehen)|erklären sie(?: mir)?|"
                       r"erklärt mir|erklär mir|sagen sie mir|sag mir|nennen sie mir|begründen "
                       r"sie|verraten sie mir|teilen sie mir (?:\w+ )?mit|mir ist (?:\w+ )?"
                       r"(?:schleierhaft|unklar|rätselhaft|ein rätsel)|ich frage mich|ich "
                       r"verstehe (?:\w+ )?nicht|mich (?:würde|wird"
                       r"|interessiert)(?: \w+)?(?: interessieren)?|"
                       r"ich wüsste (?:\w+ )?gerne?|gerne? wüsste ich|ich hätte (?:\w+ )?gerne? "
                       r"gewusst|ich würde (?:\w+ )?gerne? (?:wissen|erfahren))\b[^.?!]{0,30}\b(?:"
                       rf"{_WHY}|wie es zu|wie (?:sie|man) (?:\w+ ){{0,3}}?(?:zu|auf)|was (?:\w+ )"
                       r"{0,3}?(?:gegen mich|an mir|den ausschlag))\b",
            also=_ABOUT_ME + r"|\b(?:entscheidung|absage|ablehnung|auswahl|wahl)\b",
            unless=_MINE),
    _signal("reasons", r"\bich (?:hätte (?:\w+ )?gerne?|möchte|will|wünsche mir)\b[^.?!]{0,30}\b"
                       r"(?:begründung|erklärung|rechtfertigung)\b",
            also=_DECISION_CUE + r"|\b(?:warum|weshalb|wieso|geklappt)\b", unless=_MINE),
    _signal("reasons", r"\b(?:grund|gründe|begründung|begründen|beweggründe|hintergründe)\b",
            also=_DECISION_CUE + r"|\bwahl\b",
            unless=_MINE + r"|\baus (?:diesem|gutem|dem) grund\b|\b(?:vielen|herzlichen|besten) "
                           r"dank\b|\bdanke\b|\bbedanke mich\b|" + _REASONS_GIVEN),
    _signal("reasons", r"\b(?:die |ihre )?(?:gründe|begründung|beweggründe|hintergründe)\b[^.?!]"
                       r"{0,30}\b(?:absage|entscheidung|ablehnung|auswahl|wahl)\b|\b(?:erwarte|"
                       r"verlange|fordere|möchte|will)\b[^.?!]{0,40}\b(?:begründen"
                       r"|rechtfertigen)\b|"
                       r"\bwas (?:\w+ ){0,3}?(?:hat|hatte) (?:sie|euch"
                       r"|dich) (?:\w+ ){0,2}?(?:bewogen|"
                       r"veranlasst|dazu gebracht)\b|\bwas (?:genau |eigentlich |denn )?(?:hat|"
                       r"hatte|war|waren|sprach|gab)\b[^.!]{0,80}\?",
            also=_ABOUT_ME + r"|\b(?:erklären|nennen|mitteilen|erfahren|wissen|bitte|sagen|"
                 r"entscheidung|absage|ablehnung|abzulehnen)\b",
            unless=_MINE + r"|\b(?:vielen|herzlichen|besten) dank\b|\bdanke\b|\bbedanke mich\b|"
                   + _REASONS_GIVEN),
    _signal("reasons", r"\bich (?:verlange|erwarte|fordere|bitte um|bestehe auf|beantrage)\b"
                       r"[^.?!]{0,30}\b(?:begründung|erklärung|antwort|rechtfertigung|gründe|"
                       r"stellungnahme)\w*|\b(?:recht|anspruch) auf (?:eine )?(?:\w+ )?"
                       r"(?:begründung|erklärung|antwort|stellungnahme)|\b(?:sie schulden|"
                       r"schulden sie|ihr schuldet|du schuldest) mir\b[^.?!]{0,20}\b(?:erklärung|"
                       r"antwort|begründung)|\bmir (?:steht|stünde) (?:\w+ ){0,3}?(?:begründung|"
                       r"erklärung|antwort) zu\b"),
)

# -- Comparing the writer with the person hired ----------------------------------------------

_HIRED = (
    r"(?:wer auch immer|wen auch immer|wem auch immer|wer immer|wen immer"
    r"|(?:die|der|den|dem) (?:\w+ ){0,2}?(?:person|mensch|bewerber\w*|kandidat\w*|"
    r"mitbewerber\w*|konkurrent\w*|kolleg\w*|mitarbeiter\w*|herrn?|frau|dame|mann|neue[nr]?|"
    r"neuzugang|nachfolger\w*),? (?:(?:für|mit|zu|von) )?(?:den|die|der|dem|welche\w*) "
    r"(?:sie|ihr|du|man)\b"
    r"|(?:die|der|den|dem|ihr\w*|eure?\w*|deine?\w*|diese\w*|jene\w*) (?:\w+ )?(?:andere|"
    r"ausgewählte|erfolgreiche|neue|gewählte|eingestellte|bevorzugte|auserwählte|glückliche|"
    r"siegreiche|favorisierte|genommene|externe|interne)\w* (?:\w+ )?(?:bewerber\w*|"
    r"kandidat\w*|kolleg\w*|person|mitarbeiter\w*|besetzung|mann|frau|kraft|wahl)"
    r"|(?:der|die|den|dem) neuen? (?:wird|kann|hat|ist|bringt|muss|soll|war|wäre|sei|hatte)"
    r"|jemand\w* (?:\w+ ){0,2}?(?:anderen?|anders|anderem|weniger|jüngeren|billigeren|"
    r"günstigeren|unerfahreneren|schwächeren)|mein\w* (?:\w+ )?(?:mitbewerber\w*|"
    r"konkurrent\w*|nachfolger\w*)|(?:ihre|eure|deine) wahl|vorgezogen|den vorzug gegeben|"
    r"bevorzugt)"
)
_WORSE = (
    r"(?:weniger|schlechter|schwächer|unterlegen|nicht gewachsen|das wasser|nicht mithalten|"
    r"nicht annähernd|bei weitem nicht|nicht halb|halb so|die hälfte|bruchteil|nie (?:\w+ )"
    r"{0,2}?erreichen|nicht (?:\w+ ){0,2}?erreichen|nicht (?:so|ebenso|genauso) (?:\w+ )?(?:gut|"
    r"viel|erfahren|qualifiziert|kompetent|stark)|unerfahren\w*|kaum (?:\w+ )?erfahrung|"
    r"kein\w* (?:\w+ )?(?:erfahrung|ahnung|referenzen|berufserfahrung)|billiger\w*|"
    r"günstiger\w*|(?:mehr|besser|stärker|höher|erfahrener|qualifizierter|kompetenter|"
    r"geeigneter)\w* (?:\w+ ){0,3}?als (?:die|der|den|dem|sie|er|jene\w*|ihr\w*|mein\w*|"
    r"diese\w*)\b|(?:doppelt|dreimal|viel|deutlich|weit) (?:so )?(?:viel|mehr|besser)|"
    r"was ich (?:nicht )?(?:kann|habe|mitbringe|biete|leiste)|kann nicht,? was|in keinem "
    r"punkt|in (?:\w+ )?keiner hinsicht|nicht das zeug|bezweifle|bezweifeln|mindestens so|"
    r"genauso gut|ebenso gut|kann(?: \w+){0,3} nicht (?:das|mit)|nicht (?:\w+ )?(?:meine[mn]?|"
    r"mein) |(?:das|was) ich nicht (?:habe|kann|mitbringe)|,? ich nicht\b|im gegensatz zu mir|"
    r"anders als ich|frisch von der uni|berufsanfänger\w*|berufseinsteiger\w*|quereinsteiger\w*|"
    r"neuling\w*|absolvent\w*|(?:kaum|wenig|keine) (?:\w+ )?"
    r"(?:praxis|erfahrung)|grün hinter den ohren|anfänger\w*|einarbeiten müssen|mein\w* "
    r"(?:niveau|level|stand)|jahre brauchen|stehe ich (?:\w+ )?über|(?:deutlich|weit|klar) über|"
    r"nicht so (?:\w+ ){0,4}?wie ich|eingearbeitet werden|nicht einmal)"
)
_COMPARISON = (
    _signal("comparison", rf"\b{_HIRED}\b", also=rf"\b{_WORSE}", unless=_OWN_WORK),
    _signal("comparison", r"\b(?:schwächer|weniger qualifiziert|unerfahrener|schlechter "
                          r"qualifiziert|weniger erfahren)\w* (?:\w+ )?(?:kandidat\w*|bewerber\w*|"
                          r"person|kraft|mitarbeiter\w*|kolleg\w*)\b", unless=_MINE),
    _signal("comparison", r"\b(?:niemand|keiner|keine)\b[^.?!]{0,60}\bso (?:viel|gut|erfahren|"
                          r"qualifiziert)\w*(?: \w+){0,2}? wie ich\b"),
    _signal("comparison", r"\bich (?:bin|wäre|war)(?: \w+){0,3}? (?:besser|höher|stärker|"
                          r"deutlich besser|weit besser) qualifiziert als\b"),
)

# -- Concessions and other offers ------------------------------------------------------------

_PAY = (r"(?:gehalt\w*|lohn|löhne|verdienst|bezahlung|vergütung|einstiegsgehalt|stundensatz|"
        r"tagessatz|gehaltsvorstellung\w*|gehaltswunsch|gehaltswünsche|konditionen|honorar|"
        r"geld)")
_WILLING = (r"\b(?:ich|mir|meine\w*)\b[^.?!]{0,60}\b(?:würde|wäre|könnte|kann|bin|gern|gerne|"
            r"bereit|notfalls|zur not|auch|sogar|durchaus|nehme|akzeptiere)\b|\b(?:würde|wäre|"
            r"könnte|kann|bin|gern|gerne|bereit|notfalls|sogar)\b[^.?!]{0,60}\b(?:ich|mir)\b")
_CONCESSION = (
    _signal("concession", rf"\b(?:geringer|niedriger|weniger|kleiner|reduziert|gekürzt|"
                          rf"abgespeckt)\w* (?:\w+ )?{_PAY}\b|\bfür weniger (?:geld|gehalt|lohn)"
                          rf"\b|\b{_PAY}\b[^.?!]{{0,40}}\b(?:abstriche\w*|entgegenkommen|entgegen "
                          r"kommen|verzichten|verzicht|nach unten|senken|reduzieren"
                          r"|herunterschrauben|"
                          r"runterschrauben|zurückschrauben|zurückstellen|anpassen|flexibel|"
                          r"verhandelbar|egal|nebensache|zweitrangig|keine rolle|unwichtig"
                          r"|nicht (?:\w+ )?"
                          r"(?:reden|sprechen)|kein thema|runter|herunter|zurückstecken"
                          r"|nachlassen|nicht scheitern)\b|"
                          r"\b(?:abstriche\w*|entgegenkommen|verzichten)\b[^.?!]{0,30}\b"
                          rf"{_PAY}\b|\bgehaltsverzicht\b",
            also=_WILLING + r"|\bsoll es\b", unless=_MINE),
    _signal("concession", rf"\bunter (?:meinem|meiner|dem|der) (?:\w+ )?{_PAY}\b|\bunter "
                          r"(?:\w+ )?(?:wert|tarif|marktniveau)\b", also=_WILLING, unless=_MINE),
    _signal("concession", r"\bunbezahlt\w*|\bumsonst (?:\w+ ){0,2}?(?:arbeiten|anfangen|einsteigen|"
                          r"mitarbeiten|probearbeiten|aushelfen|einspringen)\b|\bohne (?:\w+ )?"
                          r"(?:bezahlung|gehalt|vergütung|lohn|entgelt|honorar)\b|\bunentgeltlich"
                          r"\w*|\b(?:kostenlos|gratis)\w* (?:\w+ ){0,2}?(?:arbeiten|anfangen|"
                          r"einsteigen|mitarbeiten|probearbeiten|probetag\w*|probearbeit|aushelfen|"
                          r"testphase)\b|\b(?:zum|für) nulltarif\b|\bfür lau\b|\bohne (?:\w+ )?"
                          r"(?:vertrag|arbeitsvertrag)\b|\b(?:arbeite|arbeiten|anfangen|fange|"
                          r"starte|komme|beginne)\b[^.?!]{0,40}\b(?:kostenlos|gratis|umsonst|"
                          r"unentgeltlich|auf probe|zur probe)\b|\b(?:nehme|akzeptiere|nähme) "
                          r"(?:\w+ )?(?:was|jedes|jede|alles)\b[^.?!]{0,20}\b(?:bieten|anbieten|"
                          r"geben|zahlen)\b|\b(?:schlechter|geringer|niedriger|weniger gut|"
                          r"schlecht) bezahlt\w* (?:\w+ )?(?:position|stelle|job|rolle"
                          r"|tätigkeit)\b",
            unless=_MINE),
    _signal("concession", r"\b(?:auch|sogar|notfalls|zur not|selbst|zunächst|erst einmal|erstmal|"
                          r"vorerst)\b[^.?!]{0,40}\b(?:als )?"
                          r"(?:\w+ )?(?:praktikant\w*|praktikum|werkstudent\w*|aushilfe|"
                          r"juniorstelle|juniorposition|hilfskraft|assistenz\w*|assistent\w*|"
                          r"sachbearbeit\w*|niedriger\w* (?:position|"
                          r"stelle|rolle)|kleiner\w* (?:position|stelle|rolle)|einfacher\w* "
                          r"(?:position|stelle|rolle|tätigkeit))\b",
            also=r"\b(?:annehmen|nehmen|nähme|anfangen|einsteigen|arbeiten|arbeite|fange|starte|"
                 r"beginne|komme|machen|akzeptieren|"
                 r"beginnen|starten|würde|wäre)\b", unless=_MINE),
    _signal("concession", r"\b(?:notfalls|zur not|sogar|selbst|auch nur)\b[^.?!]{0,40}\b(?:"
                          r"befristet\w*|teilzeit\w*|minijob\w*|probezeit\w*)\b", unless=_MINE),
    _signal("concession", r"\b(?:nehme|nähme|akzeptiere|übernehme|würde) (?:\w+ )?jede (?:\w+ )?"
                          r"(?:stelle|position|rolle)\b|\bjede (?:\w+ )?(?:stelle|position|rolle)"
                          r"\b[^.?!]{0,30}\b(?:nehmen|annehmen|akzeptieren|übernehmen)\b|\begal "
                          r"(?:welche|was für eine|in welcher) (?:stelle|position|rolle|abteilung)"
                          r"\b|\birgendeine (?:\w+ )?(?:stelle|position|rolle)\b|\bzu (?:jeden|"
                          r"allen|beliebigen|ihren|schlechteren) (?:bedingungen|konditionen)\b",
            unless=_MINE),
)
_OTHER_OFFERS = (
    _signal("other-offers", r"\b(?:angebot\w*|zusage\w*|jobangebot\w*|stellenangebot\w*|andere "
                            r"(?:stelle|stellen|jobs?|position\w*))\b[^.?!]{0,50}\b(?:abgelehnt|"
                            r"ausgeschlagen|abgesagt|verzichtet|sausen lassen|sausen gelassen|"
                            r"platzen lassen|nicht angenommen|zurückgestellt|auf eis gelegt)\b|"
                            r"\b(?:abgelehnt|ausgeschlagen|abgesagt|sausen lassen)\b[^.?!]{0,30}"
                            r"\b(?:angebot|zusage)\w*",
            also=_both(r"(?:ich|mir|mich|meine\w*)", r"(?:stelle|job|arbeitgeber|unternehmen|firma|"
                       r"zusage|sie|ihretwegen|ihnen|gewartet|warten|weil|um|andere\w*|gutes|"
                       r"attraktiv\w*|lukrativ\w*|sicher\w*|übrigens|bereits|schon)"),
            unless=_MINE),
    _signal("other-offers", r"\bbei (?:einer|einem) anderen (?:\w+ )?(?:firma|unternehmen|"
                            r"arbeitgeber|konzern)\b[^.?!]{0,30}\b(?:anfangen|beginnen|starten|"
                            r"unterschreiben|einsteigen)\b(?: \w+)? (?:können|dürfen)\b",
            also=r"\b(?:ich|mir|mich)\b", unless=_MINE),
    _signal("other-offers", r"\bich habe(?: \w+){0,2}? (?:andere|weitere|mehrere|zwei|drei|einige|"
                            r"noch) (?:\w+ )?(?:angebote|zusagen|optionen|alternativen)\b|\b(?:mir "
                            r"liegen|liegen mir|mir liegt|liegt mir)(?: \w+){0,2}? (?:angebote|"
                            r"zusagen|angebot|zusage)\b|\b(?:angebote|zusagen) (?:\w+ ){0,2}?"
                            r"(?:liegen|lägen) (?:mir )?(?:\w+ )?vor\b|\b(?:andere|mehrere|zwei|"
                            r"drei|einige) (?:\w+ )?(?:firmen|unternehmen|arbeitgeber|konzerne|"
                            r"headhunter|personalvermittler)\b[^.?!]{0,40}\b(?:interessiert|reißen "
                            r"sich|werben|bemühen sich|umwerben|angeboten|wollen mich|möchten mich|"
                            r"anfragen|melden sich|gemeldet|angefragt|angesprochen|kontaktiert"
                            r"|angebot\w*|"
                            r"zusage\w*)|\b(?:ihretwegen|euretwegen|deinetwegen|für sie)\b[^.?!]"
                            r"{0,50}\b(?:abgesagt|abgelehnt|ausgeschlagen|sausen lassen"
                            r"|verzichtet)\b|"
                            r"\b(?:anderen|andere[mn]?) (?:\w+ )?(?:unternehmen|arbeitgeber|firma|"
                            r"firmen|konzern) (?:\w+ )?(?:abgesagt|abgelehnt|einen korb gegeben)\b",
            also=r"\b(?:ich|mir|mich|meine\w*)\b", unless=_MINE),
)

# -- Veiled warnings, reproaches, bitterness -------------------------------------------------

_FOR_YOUR_SAKE = (
    _signal("for-your-sake", r"\bihretwegen\b", also=r"\b(?:hoffe|wünsche)\b", unless=_OWN_DEEDS),
    _signal("for-your-sake", r"\bhoffe (?:ich )?für (?:sie|euch|dich|ihr \w+)\b|\b(?:wünsche|hoffe)"
                             r"\b[^.?!]{0,80}\b(?:lehrgeld|rächt|rächen|bereu\w*|reinfall|böses "
                             r"erwachen|nach hinten los\w*)",
            unless=_OWN_DEEDS),
    _signal("for-your-sake", r"\bzum wohle? (?:ihrer|ihres|eurer|eures)\b|\bzu ihrem (?:eigenen )?"
                             r"(?:wohl|besten)\b|\bum ihretwillen\b|"
                             r"\bin ihrem (?:eigenen )?interesse\b|\bihnen zuliebe\b|\bum ihr"
                             r"(?:es|er)? (?:\w+ )?(?:unternehmens|teams|hauses|firma) willen\b|"
                             r"\bfür ihr (?:unternehmen|team|haus)\b[^.?!]{0,10}\bhoffe ich\b|"
                             r"\bfür sie (?:selbst )?hoffe ich\b|\bim interesse ihres "
                             r"(?:unternehmens|teams|hauses)\b"),
)
_EXPECTED_BETTER = (
    _signal("expected-better", r"\b(?:hatte|hätte|hatten|hätten|hab|habe)\b(?: \w+){0,5}? "
                               r"(?:mehr|besseres|besser|anderes|etwas anderes|professionalität|"
                               r"respekt|fairness|anstand|wertschätzung)\b[^.?!]{0,30}\b(?:erwartet"
                               r"|erhofft|gedacht|vorgestellt)\b",
            also=r"\b(?:ihnen|ihr\w*|sie|euch|eure?\w*|dir|dein\w*|unternehmen|haus|firma|"
                 r"\w*verfahren|gespräch\w*|prozess\w*|bewerber\w*|absage|team|umgang)\b"),
    _signal("expected-better", r"\b(?:das|dies|so etwas|sowas) hätte ich\b[^.?!]{0,50}\bnicht "
                               r"(?:erwartet|gedacht|für möglich gehalten)\b|\bhätte ich (?:\w+ )"
                               r"{0,6}?nicht (?:erwartet|gedacht|für möglich gehalten)\b",
            also=r"\b(?:ihnen|ihrem|ihrer|ihres|unternehmen|haus|firma|arbeitgeber|euch|dir)\b"),
    _signal("expected-better", r"\b(?:hätte|hatte|hätten)\b[^.?!]{0,60}\b(?:erwartet|erhofft)\b|"
                               r"\b(?:habe|hatte|hätte) (?:ich )?(?:mir )?(?:\w+ ){0,3}?anders "
                               r"vorgestellt\b",
            also=r"\b(?:von ihnen|bei ihnen|von einem|von einer|von euch|von dir|ihrem|ihrer|"
                 r"ihr unternehmen|ihre firma|ihr haus)\b", unless=_MINE),
    _signal("expected-better", r"\bihrem (?:\w+ )?ruf (?:\w+ )?nicht gerecht\b|\bunter ihrem "
                               r"niveau\b|\bich dachte,? (?:sie|ihr|du|ihr unternehmen|ihre firma) "
                               r"(?:wären|wärt|wärst|seien|sind|wäre"
                               r"|sei)(?: \w+)? (?:professioneller"
                               r"|besser|anders|fairer|seriöser|respektvoller|menschlicher)\b"
                               r"|\bmeine "
                               r"erwartungen (?:\w+ ){0,3}?(?:enttäuscht|nicht erfüllt|unterboten)|"
                               r"\bhinter meinen erwartungen\b"
                               r"|\bich (?:hatte |hätte )?(?:gedacht|dachte|geglaubt|glaubte|"
                               r"angenommen|war der meinung|ging davon aus|hatte den eindruck|"
                               r"nahm an),? (?:dass )?(?:sie|man|ihr|du|ihr unternehmen|ihre firma|"
                               r"bei ihnen)\b[^.?!]{0,40}\b(?:professioneller|besser|anders|fairer|"
                               r"seriöser|respektvoller|menschlicher|sorgfältiger|ehrlicher|"
                               r"transparenter|freundlicher)\b"),
)
_BITTERNESS = (
    _signal("bitterness", r"\b(?:ihr|euer|dein) (?:eigener )?(?:verlust|pech|problem|schaden)\b|"
                          r"\bpech gehabt\b|\bselbst schuld\b|\bdas haben sie (?:nun|jetzt|dann) "
                          r"davon\b|\bwas sie davon haben\b|\bsie werden (?:schon|noch|es|das|bald|"
                          r"dann)(?: \w+){0,2}? (?:sehen|merken|bereuen|feststellen|vermissen)\b|"
                          r"\b(?:das|es) werden sie (?:\w+ ){0,2}?(?:sehen|merken|bereuen|"
                          r"feststellen)\b|\bsie werden (?:sich )?(?:\w+ ){0,2}?(?:an mich "
                          r"(?:erinnern|denken)|mich vermissen)\b|\b(?:werden|wird)(?: \w+){0,4}? "
                          r"bereuen\b|\bhoffentlich (?:\w+ ){0,3}?bereuen\b"),
    _signal("bitterness", r"\bdann (?:eben|halt) nicht\b|\bjemand\w* (?:\w+ )?(?:bequemer|billiger|"
                          r"günstiger|jünger|williger|angepasster|pflegeleichter|gefügiger|"
                          r"einfacher)\w*|\b(?:ihnen|euch|dir) (?:\w+ ){0,2}?(?:nur|bloß|"
                          r"ausschließlich|allein) (?:ums|um das|um) (?:geld|kosten|zahlen|profit|"
                          r"sparen)\b|\bhätte es (?:\w+ )?wissen (?:müssen|sollen)\b|\b(?:zählt|"
                          r"zählen|zählte|zählten|geht es|kommt es) (?:\w+ ){0,3}?(?:nur|bloß"
                          r"|allein|"
                          r"ausschließlich) (?:noch )?(?:auf |um |ums )?(?:kontakte|beziehungen|"
                          r"vitamin|das alter|alter|jugend|geld|der preis|preis|aussehen|titel|"
                          r"namen|netzwerk)\b|\b(?:runden|gespräche|gesprächsrunden|wochen|stunden|"
                          r"monate|aufwand|mühe|vorbereitung|alles|reise|anreise|bewerbung)\b"
                          r"(?: \w+)? (?:für (?:gar )?nichts|umsonst)\b|\b(?:wird|werden) (?:es )?"
                          r"(?:ihnen|euch|dir) (?:\w+ ){0,2}?(?:leidtun|leid tun)\b|\b(?:ihnen|"
                          r"euch|dir) (?:\w+ ){0,2}?leidtun\b",
            unless=_OWN_WORK),
    _signal("bitterness", r"\bihren (?:\w+ )?(?:ansprüchen|anforderungen|erwartungen) (?:\w+ )?"
                          r"(?:genügt|gerecht wird|entspricht)\b|\birgendwann (?:\w+ )?jemand\w*|"
                          r"\b(?:ihnen|euch|dir)\b[^.?!]{0,30}\b(?:weniger wichtig|unwichtig|egal|"
                          r"gleichgültig|wurscht|nichts wert)\b|\bnur (?:ein\w* )?(?:statist\w*|"
                          r"lückenbüßer\w*|alibi\w*|quotenkandidat\w*|zählkandidat\w*|platzhalter|"
                          r"zweite wahl|mittel zum zweck|eine nummer|nummer)\b|\bvon anfang an "
                          r"klar\b", unless=_OWN_WORK),
    _signal("bitterness", r"\bbereuen (?:müssen|werden)\b|\bnicht (?:noch )?bereuen\b|"
                          r"\bverlorene zeit\b|\bzeit verloren\b|\b(?:billigst"
                          r"|günstigst)\w* (?:\w+ )?"
                          r"(?:bewerber\w*|kandidat\w*|person|kraft|lösung)\b|\b(?:gratulation|"
                          r"glückwunsch),? (?:sie|ihr|du) (?:haben|habt|hast)\b",
            also=r"\b(?:wahl|entscheidung|absage|sie|ihnen|euch|zeit|bewerber\w*|kandidat\w*)\b",
            unless=_OWN_WORK),
    _signal("bitterness", r"\bwenn sie (?:meinen|glauben|denken)\b|\bbitte sehr\b|\bbitteschön\b|"
                          r"\b(?:merken|sehen|verstehen|begreifen) sie (?:\w+ ){0,2}?irgendwann\b|"
                          r"\bwen sie (?:\w+ ){0,3}?gehen (?:lassen|ließen)|\bwie wenig (?:ihnen|"
                          r"euch|dir)\b|\bliegt (?:ihnen|euch|dir) (?:\w+ )?nichts\b|\b(?:sich"
                          r"|euch)"
                          r" (?:\w+ ){0,3}?(?:geschadet|ins eigene fleisch)", unless=_OWN_WORK),
    _signal("bitterness", r"\bzeitverschwendung\b|\bverschwendete zeit\b|\b(?:meine|unsere) zeit "
                          r"(?:\w+ ){0,3}?verschwendet\b|\b(?:hätte|hätten) (?:mir|uns) (?:\w+ )"
                          r"{0,3}?(?:sparen|schenken) können\b", unless=_MINE),
    _signal("bitterness", r"\bviel (?:glück|spaß|vergnügen|erfolg) (?:bei der suche|dabei,? "
                          r"(?:jemanden|einen|eine))\b|\bviel (?:glück|spaß|vergnügen) mit "
                          r"(?:ihrem|ihrer|dem|der|eurem|eurer|deinem|deiner|ihren|den) (?:\w+ )?"
                          r"\w*(?:kolleg|mitarbeiter|kandidat|bewerber|besetzung|wahl|entscheidung)"
                          r"\w*\b|"
                          r"\b(?:sie|ihr|du) (?:werden|werdet|wirst) es (?:\w+ )?brauchen\b"),
    _signal("bitterness", r"\bhoffentlich\b[^.?!]{0,50}\b(?:bewährt|klappt|gut geht|gutgeht|hält|"
                          r"lohnt|besser als|wissen sie,? was)\b"
                          r"|\bich hoffe\b[^.?!]{0,40}\b(?:ihre|"
                          r"die|der|eure) (?:\w+ )?(?:wahl|entscheidung|neue\w*|besetzung)\b"
                          r"[^.?!]{0,30}\b(?:bewährt|hält,? was|klappt|lohnt|besser|gut geht)\b",
            also=r"\b(?:wahl|entscheidung|neue\w*|kolleg\w*|kandidat\w*|bewerber\w*|besetzung|"
                 r"person)\b"),
    _signal("bitterness", r"\b(?:zählt|zählen|zählte|gilt|gelten|bedeutet|bedeuten)\b(?: \w+){0,4}?"
                          r" (?:nichts|wenig|nicht viel|kaum etwas)\b|\b(?:nichts|wenig|nicht viel|"
                          r"kaum etwas) (?:mehr )?wert\b"
                          r"|\bzählt (?:\w+ ){0,3}?nur (?:noch )?(?:das|"
                          r"der|die|wer|beziehungen|vitamin)",
            unless=_MINE),
    _signal("bitterness", r"\b(?:war|ist) (?:ja|doch) (?:\w+ )?(?:klar|zu erwarten|abzusehen)\b|"
                          r"\bhätte (?:ich )?(?:es )?(?:mir )?(?:ja )?(?:gleich )?denken können\b|"
                          r"\bwie (?:zu erwarten|erwartet) war\b|\bdas sagt (?:\w+ ){0,2}?(?:viel|"
                          r"alles|einiges|genug) über (?:ihr\w*|eure?\w*|die firma|das unternehmen|"
                          r"den umgang|die kultur)|\bspricht bände\b|\bschön für sie\b|\b(?:na |"
                          r"herzlichen )?glückwunsch zu (?:ihrer|dieser|der"
                          r"|eurer) (?:\w+ )?(?:wahl|"
                          r"entscheidung)\b|\b(?:vielen )?dank für (?:gar )?nichts\b|\bzweite wahl"
                          r"\b|\bnotlösung\b|\bbilliglösung\b|\bjemand(?:en)? billigeren\b|"
                          r"\bhauptsache (?:billig|jung|günstig)\b|\bnie (?:\w+ )?ernst(?:haft)? "
                          r"(?:gemeint|interessiert|vorgehabt)|\b(?:frechheit|unverschämtheit|"
                          r"zumutung|armutszeugnis)\b|\b(?:von|in) ihnen (?:\w+ )?enttäuscht\b|"
                          r"\benttäuscht (?:\w+ )?(?:von|über) ihnen\b|\bdas habe ich (?:\w+ )?"
                          r"nicht verdient\b",
            unless=_OWN_WORK),
)

# -- Closing the door ------------------------------------------------------------------------

#: A chapter of the writer's own life, closed: "Das Kapitel Studium habe ich abgeschlossen".
_LIFE_STAGE = (r"\bkapitel (?:\w+ )?(?:studium|ausbildung|lehre|promotion|schule|schulzeit|"
               r"elternzeit|bundeswehr|zivildienst|ausland\w*|selbstständigkeit|uni\w*|"
               r"hochschule|matura|abitur)\b")
_CLOSING_DOOR = (
    _signal("closing-door", r"\bich werde mich\b[^.?!]{0,40}\b(?:nicht|nie|niemals|kein)\w*"
                            r"[^.?!]{0,40}\b(?:bewerben|melden)\b|\bich (?:bewerbe|melde) mich "
                            r"(?:\w+ )?(?:nicht|nie|niemals) (?:mehr|wieder)\b|\b(?:kein|keinerlei)"
                            r" (?:\w+ )?interesse (?:mehr|an ihnen|an ihrem|an ihrer|an einer|"
                            r"daran)\b|\b(?:nie|nicht) (?:mehr|wieder)(?: \w+){0,3}? (?:arbeiten|"
                            r"bewerben)\b"),
    _signal("closing-door", r"\b(?:nicht mehr|nicht länger|kein bisschen|keineswegs|überhaupt "
                            r"nicht|nicht) (?:\w+ )?interessiert\b|\binteressiert mich (?:\w+ )?"
                            r"(?:nicht mehr|nicht länger|nicht)\b|\bsehen sie (?:\w+ ){0,3}?von "
                            r"(?:\w+ ){0,3}?(?:kontakt\w*|anfragen|nachrichten|angeboten|anrufen|"
                            r"e-?mails)\b[^.?!]{0,10}\bab\b|\bkeine (?:weiteren |künftigen )?"
                            r"(?:kontaktaufnahmen|anfragen|nachrichten|angebote"
                            r"|anrufe)\b[^.?!]{0,30}"
                            r"\b(?:mehr|bitte|wünsche|möchte)\b|\bkeine (?:\w+ )?(?:option|"
                            r"alternative|adresse|anlaufstelle) mehr\b|\bkeinen (?:grund|anlass"
                            r"|sinn) mehr\b|"
                            r"\bmit (?:ihnen|ihrem|ihrer|euch|eurem|eurer|dir|dem thema"
                            r"|der firma)\b"
                            r"[^.?!]{0,20}\babgeschlossen\b|\b(?:ziehe|ziehen)\b[^.?!]{0,40}"
                            r"\bbewerbung\w*\b[^.?!]{0,40}\bzurück\b|"
                            r"\b(?:woanders|anderweitig|bei der konkurrenz|bei anderen (?:firmen|"
                            r"unternehmen|arbeitgebern))\b[^.?!]{0,30}\b(?:umsehen|orientieren|"
                            r"bewerben|suchen|arbeiten)\b"
                            r"|\bkapitel\b[^.?!]{0,40}\b(?:abgeschlossen|"
                            r"beendet|erledigt|zu)\b|\bkeine (?:weitere|neue"
                            r"|erneute)n? bewerbung\w*|"
                            r"\binteresse\b[^.?!]{0,40}\b(?:erloschen|verloren|vergangen|"
                            r"geschwunden|dahin|vorbei)\b|\b(?:verloren|verlor) (?:\w+ )?(?:das |"
                            r"mein |jedes |jegliches )?interesse\b|\b(?:werde|will|möchte)\b[^.?!]"
                            r"{0,40}\bnicht mehr (?:\w+ )?(?:beachten|lesen|ansehen"
                            r"|berücksichtigen|"
                            r"annehmen|öffnen|reagieren|antworten|bewerben|melden)\b",
            also=r"\b(?:sie|ihnen|ihr\w*|euch|eure?\w*|dich|dein\w*|firma|unternehmen|haus|"
                 r"stellen?|bitte|mich|mir|erfahrung)\b", unless=_MINE + "|" + _LIFE_STAGE),
    _signal("closing-door", r"\b(?:kontaktieren|melden|schreiben|rufen|wenden) (?:sie|ihr|du) "
                            r"(?:\w+ ){0,5}?(?:nicht mehr|nie mehr|nie wieder|nicht wieder|nicht "
                            r"erneut|keinesfalls)\b|\b(?:sie brauchen|ihr braucht|du brauchst) "
                            r"(?:sich|mich|euch|dich) (?:\w+ ){0,3}?nicht (?:mehr|wieder|erneut)\b"
                            r"|\b(?:streichen|löschen|entfernen|nehmen) (?:sie|ihr|du) (?:\w+ )?"
                            r"(?:mich|meine (?:\w+ )?(?:daten|unterlagen|bewerbung|profil\w*)|mein "
                            r"profil)\b[^.?!]{0,40}\b(?:aus|von|heraus)\b|\baus (?:ihrem|ihrer|"
                            r"eurem|eurer) (?:\w+ )?(?:talentpool|bewerberpool|kartei|datenbank|"
                            r"verteiler|pool)\b"),
    _signal("closing-door", r"\b(?:hat sich|ist)(?: \w+){0,5}? (?:erledigt|gestorben|abgehakt|"
                            r"gegessen)\b|\b(?:kommt|kommen|käme)(?: \w+){0,3}? (?:nicht mehr|nie "
                            r"(?:mehr|wieder)|keinesfalls|nicht länger) (?:\w+ )?(?:infrage|in "
                            r"frage|in betracht)\b|\bschließe ich (?:\w+ )?aus\b|\b(?:verzichte|"
                            r"verzichten) (?:ich |wir )?(?:\w+ ){0,2}?(?:dankend|künftig)\b|\bauf "
                            r"(?:\w+ ){0,3}?(?:angebote|nachrichten|stellen|kontakt|anfragen|"
                            r"rückmeldungen)\w* (?:\w+ ){0,3}?verzichte\b|\b(?:niemandem|keinem) "
                            r"(?:\w+ ){0,3}?(?:empfehlen|weiterempfehlen)\b|\bdas war (?:\w+ )?"
                            r"(?:das letzte mal|mein letzter versuch|meine letzte bewerbung)\b",
            also=r"\b(?:sie|ihnen|ihr\w*|euch|eure?\w*|dich|dein\w*|firma|unternehmen|haus|"
                 r"thema|bewerbung|mich|mir)\b", unless=_OWN_WORK),
)

# -- Anger, blame, pleading, and the mild ones -----------------------------------------------

_ANGRY = (r"(?:verärgert|wütend|empört|sauer|entrüstet|beleidigt|fassungslos|zornig|stinksauer|"
          r"außer mir|aufgebracht|rasend|geladen|erbost|erzürnt|verbittert|angewidert|"
          r"stinkwütend|vor wut)")
_ANGER = (
    _signal("anger", rf"\b(?:ich bin|ich war|bin ich|war ich|macht mich|hat mich|ich fühle mich|"
                     rf"fühle ich mich|ich fühlte mich|es ärgert mich|das ärgert mich)\b[^.?!]"
                     rf"{{0,60}}\b{_ANGRY}\b|\b(?:ärgert|empört|erzürnt|erbost) mich\b|\b(?:auf "
                     r"die palme|zur weißglut|in rage|aus der haut|vor wut|wutentbrannt)\b"
                     r"|\bregt mich (?:\w+ ){0,2}?"
                     r"auf\b|\b(?:es|das) regt mich\b",
            unless=_MINE),
    _signal("anger", r"\b(?:lächerlich|absurd|skandalös|empörend|unerhört|ungeheuerlich|"
                     r"unverschämtheit|sauerei|skandal|dreistigkeit)\b", unless=_MINE),
)
_BEHAVED = (
    r"(?:unterbrochen|ignoriert|übergangen|hingehalten|vertröstet|abgewimmelt|abgespeist|"
    r"belogen|getäuscht|angelogen|in die irre geführt|falsch (?:\w+ )?(?:dargestellt|"
    r"beschrieben|informiert|dargelegt)|im unklaren gelassen|hängen lassen|hängenlassen|im regen"
    r" stehen lassen|nicht (?:\w+ ){0,2}?(?:zugehört|zurückgerufen|gelesen|angesehen|angeschaut|"
    r"ernst genommen|beachtet|geantwortet)|kaum (?:\w+ ){0,2}?(?:zugehört|gelesen|angesehen|"
    r"beachtet)|nie (?:\w+ ){0,3}?(?:zugehört|zurückgerufen|gelesen|angesehen|ernsthaft|"
    r"vorgehabt|in betracht gezogen)|(?:keine|kaum) (?:\w+ )?(?:zeit|mühe|interesse) (?:\w+ )"
    r"{0,2}?(?:genommen|gemacht|gezeigt|gehabt)|die mühe gemacht|nicht die mühe|von oben herab|"
    r"aufs handy|auf das handy|vorgeführt|bloßgestellt|lächerlich gemacht|auflaufen lassen|"
    r"in die mangel genommen|abgekanzelt|abgebügelt|niedergemacht|angeschrien|angeblafft|"
    r"abgetan|abgewiegelt|abgeblockt|kaum (?:\w+ ){0,3}?interessiert|nicht (?:\w+ ){0,3}?"
    r"interessiert|behandelt (?:\w+ )?wie)"
)
_AGENT = (
    r"(?:sie|man|niemand|keiner|kein mensch|ihr\w* (?:\w+ )?(?:recruiter\w*|personaler\w*|"
    r"personalabteilung|hr\w*|team|kolleg\w*|interviewer\w*|führungskraft|abteilungsleiter\w*|"
    r"teamleiter\w*|fachabteilung|gesprächspartner\w*|chef\w*|vorgesetzt\w*|geschäftsführ\w*)|"
    r"(?:die|der|den) (?:\w+ )?(?:recruiter\w*|personaler\w*|personalabteilung|interviewer\w*|"
    r"gesprächspartner\w*|fachabteilung|führungskraft|abteilungsleiter\w*|teamleiter\w*|"
    r"gesprächsleitung|jury|kommission|gremium))"
)
#: Words that put their process or people in the sentence.
_PROCESS_CUE = (r"\b(?:\w*verfahren\w*|\w*prozess\w*|\w*gespräch\w*|interview\w*|assessment\w*|"
                r"recruit\w*|personal\w*|hr|umgang|kommunikation|fragen|fallstudie|"
                r"ihrerseits|bei ihnen|ihr\w* (?:team|haus|unternehmen|firma)|vorgehen|"
                r"behandlung|behandelt|interviewer\w*|gesprächspartner\w*|auswahl\w*|"
                r"stellenanzeige\w*|anzeige|ausschreibung\w*|stellenbeschreibung\w*)\b")
_BLAME = (
    _signal("blame", rf"\b{_PROCESS}\b[^.?!]{{0,60}}\b{_JUDGED}", unless=_MINE_JUDGED),
    _signal("blame", rf"\b{_AGENT}\b[^.?!]{{0,80}}\b{_BEHAVED}\b", unless=_MINE),
    _signal("blame", r"\b(?:niemand|keiner|kein mensch)\b[^.?!]{0,30}\b(?:gesagt|mitgeteilt|"
                     r"vorgewarnt|bescheid gegeben|informiert|erklärt)\b", unless=_MINE),
    _signal("blame", r"\b(?:voreingenommen|parteiisch|abgekartet|manipuliert|willkürlich)\w*|"
                     r"\b(?:und|sondern|aber auch) (?:\w+ )?(?:unfair|ungerecht)\b|"
                     r"\bvon vornherein(?: \w+)? (?:fest|entschieden|klar|vergeben)\b|"
                     r"\bdiskriminier\w*|\bbenachteilig(?:t|en|te|ten)\b|\b(?:war|ist|sind|waren"
                     r"|fand ich|"
                     r"wirkt|erscheint|sehr|völlig|total|absolut|zutiefst|einfach|höchst|ziemlich) "
                     r"(?:unfair|ungerecht)\b|\b(?:ungerecht|unfair) behandelt\b|\b(?:unfaire|"
                     r"ungerechte|unfairen|ungerechten) (?:entscheidung|verfahren|behandlung|"
                     r"auswahl|fragen|absage|bewertung|beurteilung|auswahlverfahren)\b",
            unless=_MINE),
    _signal("blame", rf"\b{_JUDGED}", also=_PROCESS_CUE, unless=_MINE_JUDGED),
    _signal("blame", r"\bwie (?:ein|einen|eine) (?:bittsteller\w*|nummer|störenfried|idioten|"
                     r"schulkind|anfänger\w*|lästig\w*)\b|\bnur (?:jüngere|junge|männer|frauen|"
                     r"interne|insider|akademiker|muttersprachler)\w*\b[^.?!]{0,20}\bchance",
            unless=_MINE),
    _signal("blame", r"\bgehört sich (?:\w+ )?nicht\b|\bgeht (?:so |gar |überhaupt )nicht\b|"
                     r"\bno-go\b|\bein unding\b", unless=_MINE_JUDGED),
    _signal("blame", r"\bkeine (?:\w+ )?(?:faire|echte|ehrliche|richtige|reelle|ernsthafte) "
                     r"chance\b|\b(?:ältere|jüngere|ausländische|weibliche|behinderte|"
                     r"migrantische)\w* (?:bewerber\w*|kandidat\w*|menschen|leute|frauen|männer|"
                     r"mitarbeiter\w*)\b[^.?!]{0,40}\b(?:aussortiert|abgelehnt|benachteiligt|"
                     r"keine chance|nicht|ungern|aussortieren|ablehnen)\b|\bfalsche\w* "
                     r"versprechung\w*|\bgelockt\b|\bhinters licht\b", unless=_MINE),
    _signal("blame", r"\b(?:lebenslauf|unterlagen|bewerbung|anschreiben)\b[^.?!]{0,40}\b(?:nicht|"
                     r"nie|kaum)(?: \w+)? (?:gelesen|angesehen|angeschaut|geprüft)\b"),
    _signal("blame", r"\b(?:von vornherein|von anfang an|längst|schon|bereits|sowieso|ohnehin) "
                     r"(?:\w+ ){0,3}?(?:festgestanden|feststand|entschieden|vergeben|besetzt|"
                     r"ausgemacht|ausgemachte sache)\b|\bintern (?:\w+ )?(?:vergeben|besetzt|"
                     r"entschieden)\b|\bvitamin b\b|\bbeziehungen\b (?:\w+ ){0,3}?(?:zählen|"
                     r"entscheiden|gefragt)|\bvetternwirtschaft|\bgünstlingswirtschaft|"
                     r"\bklüngel\w*|\bschiebung\b|\bmauschel\w*|\balibi\w*|\bscheinverfahren|"
                     r"\b(?:reine|bloße) (?:formsache|formalität)|\bpro forma\b",
            also=r"\b(?:stelle|entscheidung|kandidat\w*|wahl|sie|es|das|verfahren|gewinnt|"
                 r"bewerbung|position|gespräch\w*)\b",
            unless=_MINE + r"|\b(?:wünsche|viel erfolg|alles gute|gratuliere|glückwunsch\w*)\b"),
    # an internal choice is a complaint only with an insinuation ("sowieso", "von Anfang an")
    _signal("blame", r"\b(?:interne[rnm]?) (?:kandidat\w*|bewerber\w*|lösung|besetzung)\b",
            also=r"\b(?:längst|schon|sowieso|ohnehin|eh|von anfang an|von vornherein|feststand|"
                 r"festgestanden|klar|nur|zugeschnitten|alibi\w*|pro forma|formsache|offenbar|"
                 r"offensichtlich|natürlich)\b",
            unless=_MINE + r"|\b(?:wünsche|viel erfolg|alles gute|gratuliere|glückwunsch\w*)\b"),
    _signal("blame", r"\bwegen (?:meines|meiner|meinem|meines) (?:\w+ )?(?:alters|alter|"
                     r"geschlechts|herkunft|namens|akzents|kopftuchs|behinderung|religion|"
                     r"hautfarbe|nationalität|schwangerschaft|kinder|familienstands|"
                     r"lebenslauflücke)\b|\b(?:für sie )?zu alt\b|\b(?:alters|geschlechts)"
                     r"diskriminierung\b",
            also=r"\b(?:aussortiert|abgelehnt|abgesagt|nicht|benachteiligt|übergangen|"
                 r"gescheitert|keine chance|alt|sie|man)\b", unless=_MINE),
)
_PLEADING = (
    _signal("pleading", r"\b(?:flehe|anflehen|anflehe|inständig|ich bettle|betteln)\b|\bbitte,? "
                        r"bitte\b|\b(?:ich|wir)\b[^.?!]{0,30}\bverzweifelt\w*|\bverzweifelt\w* "
                        r"(?:\w+ ){0,3}?(?:suche|such|auf der suche|nach (?:einer|arbeit))|"
                        r"\bverzweiflung\b",
            unless=_MINE),
    _signal("pleading", r"\b(?:brauche|benötige)\b(?: \w+){0,3}? (?:(?:diese|die|"
                        r"den|eine|diesen|das|einen|dieses|ein|dringend|unbedingt|wirklich) )?"
                        r"(?:\w+ )?(?:stelle|job|arbeit|anstellung|chance|einkommen|position|geld|"
                        r"gehalt|zusage|beschäftigung|perspektive|hilfe)\b|\bohne (?:diese|die"
                        r"|eine|den|diesen) "
                        r"(?:stelle|job|arbeit|anstellung|zusage|einkommen)\b", unless=_MINE),
    _signal("pleading", r"\bvon (?:ganzem )?herzen\b[^.?!]{0,40}\b(?:chance|bitte|stelle)\b|"
                        r"\bbitte (?:\w+ )?von (?:ganzem )?herzen\b|\bmir (?:\w+ )?(?:eine|noch "
                        r"eine|diese|die) (?:\w+ )?chance zu geben\b|\bgeben sie mir (?:\w+ )?"
                        r"(?:eine|noch eine|die) (?:\w+ )?chance\b|\bweiß (?:ich )?(?:\w+ )?"
                        r"nicht mehr weiter\b|\bam ende (?:meiner kräfte|meiner möglichkeiten)\b|"
                        r"\bbedeutet mir (?:\w+ )?alles\b|\blassen sie mich (?:\w+ )?nicht "
                        r"(?:hängen|fallen|im stich)\b|\bwird es (?:\w+ ){0,3}?(?:sehr |ziemlich |"
                        r"finanziell )?eng\b|\bmuss (?:\w+ ){0,3}?(?:geld verdienen"
                        r"|eine stelle finden|einen "
                        r"job finden)\b", unless=_MINE),
    _signal("pleading", r"\bangewiesen\b",
            also=r"\b(?:stelle|job|einkommen|arbeit|gehalt|geld|zusage|chance|anstellung|"
                 r"verdienst|ihre)\b", unless=_MINE),
    _signal("pleading", r"\b(?:kann|könnte) (?:es )?(?:mir )?(?:\w+ ){0,3}?nicht leisten\b",
            also=r"\b(?:verlieren|stelle|chance|absage|job|gelegenheit|arbeitslos|warten|"
                 r"verpassen)\b", unless=_MINE),
    _signal("pleading", r"\b(?:meine|die) (?:miete|rechnungen|raten|schulden|familie)\b[^.?!]"
                        r"{0,40}\b(?:zahlen|bezahlen|begleichen|ernähren|über wasser)|\bmeine "
                        r"(?:familie|kinder) (?:\w+ ){0,3}?(?:ist angewiesen|sind angewiesen|"
                        r"braucht|brauchen|hängt|hängen|zählt|zählen)\b|\b(?:meine|die) "
                        r"(?:letzte|einzige) (?:hoffnung|chance|rettung)\b|\bich habe keine "
                        r"(?:\w+ )?(?:andere[n]? )?(?:wahl|option|alternative)\b",
            unless=_MINE),
    _signal("pleading", r"\b(?:noch eine|eine letzte|eine zweite|eine einzige|noch einmal eine|"
                        r"nur noch eine|eine allerletzte) (?:\w+ )?(?:chance|gelegenheit)\b|"
                        r"\beine (?:weitere|neue) chance\b|\bnur (?:noch )?(?:ein|eine|einen) "
                        r"(?:\w+ )?(?:einziges?|weiteres?|letztes?|kurzes?)? ?(?:gespräch|"
                        r"interview|treffen|termin|telefonat|versuch|chance|gelegenheit|probetag)"
                        r"\b[^.?!]{0,40}\b(?:bitte|verlange|will|möchte|erbitte|alles|würde|"
                        r"geben|gewähren)\b|\bmehr (?:verlange|will|möchte|erbitte|erwarte) ich "
                        r"(?:\w+ )?nicht\b|\bist alles,? (?:worum|was) ich\b",
            unless=_MINE),
    _signal("pleading", r"\bich (?:tue|täte|tät|würde|mache|gebe|gäbe) (?:\w+ ){0,2}?alles\b|"
                        r"\balles (?:\w+ ){0,2}?(?:tun|geben|machen)\b|\bkoste es,? was es wolle"
                        r"\b|\bwas auch immer nötig\b",
            also=r"\b(?:stelle|job|bei ihnen|für sie|dafür|um|zusage|chance)\b", unless=_MINE),
)
_MILD_WORDS = (r"(?:frustrier\w*|gekränkt|verletzt|traurig|niedergeschlagen|entmutig\w*|geknickt|"
               r"verunsichert|geärgert|ernüchter\w*|zermürbend|ärgerlich|schmerzhaft|bitter\w*"
               r"|schwer "
               r"verdaulich|nervenaufreibend|belastend|schockiert|bestürzt|betrübt|deprimier\w*|"
               r"gefrustet|angefressen|verstimmt|irritiert|befremdet|"
               r"runtergezogen|heruntergezogen|mitgenommen|zugesetzt|"
               r"ein\w* (?:\w+ )?(?:dämpfer|rückschlag|tiefschlag|schock|schlag|pille))")
_MILD = (
    _signal("mild", rf"\b(?:war|ist|bin|fand|finde|fühle mich|fühlte mich|wirkte|mich|macht mich|"
                    rf"hat "
                    rf"mich|war es|ist es|war das|ist das)\b[^.?!]{{0,50}}\b{_MILD_WORDS}\b|\bhat "
                    r"mich (?:\w+ ){0,3}?(?:getroffen|beschäftigt)\b|\b(?:hart|schwer|tief"
                    r"|sehr) getroffen\b",
            unless=_MINE, mild=True),
    _signal("mild", r"\b(?:wochenlang|monatelang|tagelang|wochen lang|wochen)\b[^.?!]{0,40}"
                    r"\b(?:nichts (?:\w+ ){0,3}?gehört|keine (?:\w+ )?(?:antwort|rückmeldung|"
                    r"nachricht)|funkstille|gewartet|warten lassen|warten musste)\b|\bwarten "
                    r"lassen\b",
            unless=_MINE + r"|^\s*(?:die|der|denen|welche) (?:\w+ ){0,4}?(?:gewartet|warten) "
                           r"(?:hatten|hatte|haben|hat|mussten|musste)\b", mild=True),
    _signal("mild", r"\b(?:seit|schon) (?:\w+ ){0,3}?(?:arbeitslos|ohne (?:arbeit|job|stelle|"
                    r"anstellung)|arbeitssuchend|auf jobsuche)\b", mild=True),
)

# -- Topic x stance: frames built from the word classes in ``lexicon_de`` ------------------

#: The addressee or their side, as subject or owner.
_THEM = (r"(?:sie|ihnen|ihr\w*|euch|eure?\w*|dich|dir|dein\w*|man|unternehmen|firma|haus|"
         r"arbeitgeber\w*|team|personal\w*|recruit\w*|bewerber\w*)")
_ARGUING_MORE = (
    _signal("arguing", r"\b(?:das|dies|es) sehe ich (?:\w+ ){0,2}?anders\b|\b(?:entscheidung|"
                       r"absage|"
                       r"urteil|einschätzung|wahl)\w* (?:\w+ )?(?:beruht|basiert|stützt sich|"
                       r"fußt)\b"
                       r"[^.?!]{0,40}\b(?:einzige\w*|nur|bloß|falsch\w*|missverständnis\w*|irrtum|"
                       r"moment|vorurteil\w*)", unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("arguing", r"\b(?:zweite|andere|weitere|unabhängige|neutrale)\w* (?:\w+ )?(?:meinung|"
                       r"einschätzung|prüfung|jury|runde)\b[^.?!]{0,40}\b(?:hätte|wäre|würde)\b"
                       r"[^.?!]{0,30}\banders\b|\b(?:sie|ihr) (?:haben|habt) sich (?:\w+ ){0,5}?"
                       r"(?:täuschen|blenden|beirren) lassen\b|\bhätten? (?:\w+ ){0,3}?für mich "
                       r"sprechen (?:müssen|sollen)\b|\bhätte ich (?:\w+ ){0,5}?verdient\b"),
    _signal("arguing", r"\bhätte ich (?:\w+ ){0,4}?(?:bekommen|erhalten|kriegen) (?:müssen|"
                       r"sollen)\b|"
                       r"\bich (?:verstehe|begreife) (?:\w+ )?nicht,? (?:wie|warum|weshalb|wieso) "
                       r"(?:sie|man|ihr|du)\b[^.?!]{0,50}\b(?:mein\w*|einschätz\w*|falsch|"
                       r"übersehen|unterschätz\w*)"),
    _signal("arguing", r"\b(?:machen|machten|haben|hatten) (?:es )?sich (?:\w+ ){0,4}?(?:zu )?"
                       r"(?:leicht|einfach|bequem)\b|\b(?:sie haben|ihr habt|haben sie|"
                       r"habt ihr) (?:\w+ ){0,5}?"
                       r"nicht (?:\w+ )?(?:gewürdigt|berücksichtigt|beachtet|gesehen|wahrgenommen|"
                       r"bewertet)\b",
            also=rf"{_DECISION_CUE}|\b(?:mich|mir|mein\w*)\b", unless=_OWN_DEEDS),
    _signal("arguing", r"\b(?:belegen|beweisen|zeigen|zeugen|sprechen|spricht|belegt|beweist|"
                       r"zeigt) (?:\w+ ){0,2}?(?:das )?gegenteil\b|\b(?:wird|werden|wurde|wurden|"
                       r"ist|war) (?:\w+ ){0,3}?(?:mir|meiner|meinem|meinen) (?:\w+ ){0,2}?nicht "
                       r"gerecht\b|\b(?:talent\w*|fachkraft|potenzial|perle|juwel)\b[^.?!]{0,20}"
                       r"\b(?:ziehen|gehen|entgehen|durch die lappen|verlieren|verloren)\b",
            also=rf"{_DECISION_CUE}|\b(?:sie|ihr\w*|ihnen|euch|geschrieben|gesagt|panel\w*)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    # rebutting what they said about the writer: "Ihre Begründung, mir fehle ..., trifft
    # nicht zu", "Dass Sie mir ... unterstellen, weise ich zurück"
    _signal("arguing", rf"\b{lex.REBUT}\b", also=rf"\b{lex.CLAIM}\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    # "besser, als Sie glauben", "mit mir besser gefahren", "eine andere Sprache als Ihre Absage"
    _signal("arguing", r"\bals (?:sie|ihr|du|man) (?:\w+ ){0,2}?(?:glauben|glaubt|glaubten|"
                       r"annehmen|annimmt|annahmen|denken|denkt|dachten|meinen|meint|vermuten|"
                       r"einschätzen|angenommen|gedacht)\b|\bmit mir (?:\w+ ){0,2}?(?:besser|gut)"
                       r" (?:gefahren|beraten|bedient|aufgestellt)\b|\b(?:sprechen|"
                       r"spricht) (?:\w+ )?"
                       r"eine andere sprache\b",
            also=r"\b(?:ich|mich|mir|mein\w*)\b", unless=_OWN_DEEDS),
    # their decision called an error to come: "wird sich als Irrtum erweisen"
    _signal("arguing", rf"\b{_DECISION}\b[^.?!]{{0,60}}\bals (?:\w+ )?(?:fehler|irrtum|fehlgriff|"
                       r"fehlentscheidung|fehleinschätzung|eigentor|missgriff|bumerang)\w*",
            unless=_MINE),
    # the writer as the objectively best choice
    _signal("arguing", r"\b(?:war|bin|wäre) ich\b(?: \w+){0,3}? (?:die|der) (?:beste|stärkste|"
                       r"qualifizierteste|geeignetste|passendste|erfahrenste|am besten \w+|"
                       r"bestgeeignete|bestqualifizierte|richtige|ideale)\w*\b|\bich (?:war|bin|"
                       r"wäre)(?: \w+){0,3}? (?:die|der) am besten (?:geeignet|qualifiziert|"
                       r"passend)\w*|\b(?:war|bin) (?:ich )?(?:\w+ )?genau (?:die|der) "
                       r"(?:person|kandidat\w*|bewerber\w*|richtige)\b[^.?!]{0,20}\b(?:sie|ihr|"
                       r"du)\b|\b(?:objektiv|nachweislich|zweifellos|unbestreitbar|fraglos|"
                       r"eindeutig)\b[^.?!]{0,30}\berfülle (?:ich )?(?:\w+ )?(?:jede|alle|"
                       r"sämtliche)\w*|\b(?:meine[rn]?) (?:\w+ )?(?:eignung|qualifikation\w*|"
                       r"kompetenz\w*|befähigung)\b[^.?!]{0,30}\b(?:kein\w* zweifel|außer frage|"
                       r"unbestritten|unstrittig)"),
)
_REVISIT_MORE = (
    _signal("revisit", r"\b(?:noch (?:ein)?mal|nochmals|nochmal|erneut)\b(?: \w+){0,3}? (?:zu )?"
                       r"hinterfragen\b|\bdoch noch (?:\w+ )?interesse\b",
            also=r"\b(?:einschätzung|entscheidung|absage|bewerbung|mich|mir|gespräch\w*)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\b(?:zu den akten|ad acta|abzuhaken|abhaken|abzulegen)\b",
            also=_both(r"(?:nicht|noch)", r"(?:bewerbung|unterlagen|mich|kandidatur)"),
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\b(?:zweite[rn]?|neue[rn]?|weitere[rn]?|erneute[rn]?|frische[rn]?|"
                       r"nochmalige[rn]?) blick\b|\bnoch (?:eine?n?) (?:\w+ )?(?:runde|chance|"
                       r"versuch|"
                       r"gespräch|termin)\b[^.?!]{0,30}\b(?:zugestehen|gewähren|einräumen|"
                       r"ermöglichen)\b",
            also=r"\b(?:unterlagen|bewerbung|entscheidung|absage|mich|mir|kandidatur)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\bnoch nicht zu spät\b|\bmich doch (?:noch )?(?:einzustellen|zu nehmen|"
                       r"einzuladen|zu berücksichtigen)\b|\b(?:noch (?:ein)?mal|nochmals|nochmal|"
                       r"erneut)\b(?: \w+){0,4}? (?:aufgreifen|aufrollen|besprechen|diskutieren|"
                       r"durchgehen)\b",
            also=r"\b(?:mich|sache|entscheidung|absage|bewerbung|kandidatur|stelle)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\btür\b[^.?!]{0,40}\b(?:noch nicht|nicht ganz|noch offen|einen spalt)|"
                       r"\b(?:sie|euch|dich) (?:\w+ ){0,2}?von mir (?:\w+ )?(?:zu )?überzeugen\b|"
                       r"\bnoch (?:einen|eine) (?:weg|möglichkeit|chance)\b[^.?!]{0,40}"
                       r"\b(?:überzeugen|umstimmen|doch)\b",
            also=r"\b(?:stelle|position|entscheidung|absage|diese\w*|sie|euch|mich|mir)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\büber (?:ihre|die|diese|eure|deine|ihren|den) (?:\w+ )?(?:entscheidung|"
                       r"absage|besetzung|wahl|ablehnung|personalentscheidung)\b[^.?!]{0,30}\b"
                       r"(?:sprechen|reden|verhandeln|diskutieren|unterhalten)\b|\bletzte[ns]? "
                       r"wort\b[^.?!]{0,30}\bnoch nicht\b|\bnoch nicht (?:\w+ )?(?:das )?letzte "
                       r"wort\b|\b(?:doch noch|vielleicht doch|"
                       r"noch) (?:\w+ )?(?:zu )?(?:überzeugen|"
                       r"umzustimmen)\b|\bumzustimm\w*|\bzu (?:einem|einer) (?:anderen|neuen) "
                       r"(?:ergebnis|schluss|urteil|entscheidung|einschätzung|bewertung)\b|"
                       r"\b(?:spielraum|verhandlungsbasis)\b|\b(?:gilt|gelten|trifft)\b[^.?!]{0,20}"
                       r"\bauch (?:für|auf) (?:die|ihre|diese|meine) (?:\w+ )?(?:absage|"
                       r"entscheidung|"
                       r"ablehnung|bewerbung)\b",
            also=rf"{_DECISION_CUE}|\b(?:sie|ihr|euch|du|dich|sache|hoffe)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
    _signal("revisit", r"\b(?:überlegen|überdenken|bedenken) (?:sie|ihr|du) (?:sich |es sich |euch "
                       r")?(?:\w+ ){0,4}?noch\b|\bnicht (?:als )?(?:endgültig|das letzte wort)\b",
            also=r"\b(?:entscheidung|absage|wahl|ablehnung|besetzung)\b",
            unless=_MINE + "|" + _FUTURE_ROLES),
)
_REASONS_MORE = (
    _signal("reasons", r"\bwas (?:\w+ ){0,3}?(?:schlecht|falsch|verkehrt|nicht gut|schwach|"
                       r"auszusetzen) (?:\w+ )?an (?:meiner|meinem|meinen|mir)\b"),
    _signal("reasons", r"\bmir (?:steht|stünde|stehen) (?:\w+ ){0,5}?(?:begründung|erklärung|"
                       r"antwort|gründe) zu\b|\bworan (?:hat es|lag es|liegt es|hat's)\b|\bwas "
                       r"(?:\w+ ){0,3}?(?:zu|zur) (?:dieser|der|ihrer|einer|meiner) (?:\w+ )?"
                       r"(?:entscheidung|absage|ablehnung|wahl)\b (?:\w+ )?(?:geführt|bewogen|"
                       r"beigetragen)"),
)
#: The person hired, as a subject of doubt.
_CHOSEN = (
    r"(?:(?:die|der|den|dem|ihr\w*|eure?\w*|ein\w*|diese\w*) (?:\w+ )?(?:andere|ausgewählte|"
    r"erfolgreiche|neue|gewählte|eingestellte|bevorzugte|auserwählte|siegreiche|genommene)\w* "
    r"(?:\w+ )?\w*(?:bewerber\w*|kandidat\w*|kolleg\w*|person|mitarbeiter\w*|kraft|leiter\w*|"
    r"leute|besetzung|wahl|inhaber\w*|nachfolger\w*)|(?:ihr\w*|der|die|den|dem) (?:wunsch|favorit|"
    r"traum)\w*|(?:der|die|den|dem) neuen? \w+|(?:die|der|den|dem) (?:person|mensch|bewerber\w*|"
    r"kandidat\w*),? "
    r"(?:den|die|der|welche\w*) (?:sie|ihr|du|man)\b|ihre wahl|jemand(?:en)?(?: \w+)? (?:mit "
    r"weniger|ohne)|jemand\w*)"
)
_COMPARISON_MORE = (
    _signal("comparison", r"\bals (?:jede[rn]?|alle) (?:andere[rn]? )?(?:\w+ )?(?:bewerber\w*|"
                          r"kandidat\w*|mitbewerber\w*)",
            also=r"\b(?:ich|mich|mir)\b", unless=_OWN_WORK),
    _signal("comparison", r"\b(?:mehr wert|besser|erfahrener|qualifizierter|geeigneter) als (?:ein|"
                          r"eine|einen) (?:\w+ )?(?:berufsanfänger\w*|berufseinsteiger\w*|"
                          r"anfänger\w*|neuling\w*|absolvent\w*|junior\w*|praktikant\w*|"
                          r"quereinsteiger\w*)|\bfür jemand\w*\b[^.?!]{0,60}\b(?:eingearbeitet "
                          r"werden|einarbeiten|weniger|kaum|keine)\b", unless=_OWN_WORK),
    _signal("comparison", rf"\b{_CHOSEN}\b", also=_both(r"(?:kaum|nicht|nie|niemals|kein\w*)",
                          r"(?:stemmen|schaffen|bewältigen|meistern|packen|gewachsen|hinbekommen|"
                          r"leisten|geleitet|geführt|mithalten|erfahrung|ahnung|umgehen|messen|"
                          r"heranreichen|das wasser|ersetzen|aufholen)"),
            unless=_OWN_WORK + r"|\b(?:wünsche|viel erfolg|guten start|alles gute)\b"),
    _signal("comparison", r"\b(?:mehr|länger|besser|öfter|größere\w*)\b[^.?!]{0,40}\bals "
                          r"(?:ihr\w*|der|die|den|dem) (?:\w+ )?(?:neue|gewählte|ausgewählte|"
                          r"eingestellte|andere)\w*",
            also=r"\b(?:ich|mich|mir)\b", unless=_OWN_WORK),
    _signal("comparison", rf"\b{_CHOSEN}\b", also=_both(lex.DOUBT, r"(?:besser\w*|mehr|"
                          r"qualifizierter\w*|geeigneter\w*|erfahrener\w*|stärker\w*|erfahrung|"
                          r"richtige wahl|bessere|passt|gewachsen|hält|umgehen|meistern|"
                          r"aufwiegen|branchenkenntnis|gleiche|so gut|so viel|wie ich|als ich)"),
            unless=_OWN_WORK),
    _signal("comparison", r"\b(?:besser|mehr|qualifizierter|geeigneter|erfahrener|stärker|"
                          r"kompetenter)\b[^.?!]{0,30}\bals ich\b",
            also=r"\b(?:jemand\w*|er|sie|person|bewerber\w*|kandidat\w*|kolleg\w*|wahl|"
                 r"mitarbeiter\w*)\b",
            unless=_OWN_WORK + r"|\bals ich (?:\w+ )?(?:erwartet|gedacht|dachte|gehofft|"
                               r"befürchtet)"),
)
_OTHER_OFFERS_MORE = (
    _signal("other-offers", r"\bander\w* (?:\w+ )?(?:arbeitgeber\w*|unternehmen|"
                            r"firmen)\b[^.?!]{0,40}"
                            r"\b(?:meinen wert|mein potenzial|mich|meine erfahrung)\b[^.?!]{0,30}"
                            r"\b(?:klarer|besser|höher|mehr|eher|schneller)\b", unless=_MINE),
    _signal("other-offers", r"\bbei (?:einem|einer|der|dem) (?:\w+ ){0,4}?(?:könnte|kann|würde|"
                            r"dürfte|darf) ich (?:\w+ ){0,3}?(?:anfangen|einsteigen|beginnen|"
                            r"starten|unterschreiben)\b|\b(?:angebot|zusage)\w*\b[^.?!]{0,30}"
                            r"\b(?:liegt|liegen) mir\b|\b(?:konkurren\w*|wettbewerber\w*|"
                            r"mitbewerber\w*)\b[^.?!]{0,40}\bmich\b[^.?!]{0,40}\b(?:eingeladen|"
                            r"angefragt|kontaktiert|angesprochen|umworben|abgeworben)\b",
            unless=_MINE),
    _signal("other-offers", rf"\b{lex.ELSEWHERE}", also=_both(r"(?:ich|mir|mich)", lex.WANTS_ME),
            unless=_MINE),
    _signal("other-offers", r"\bangebot\w* (?:\w+ ){0,3}?(?:auf dem tisch|in der tasche|in "
                            r"aussicht)|\b(?:mir liegen|liegen mir|mir liegt|liegt mir)(?: \w+)"
                            r"{0,3}? (?:angebote|zusagen|angebot|zusage)\b|\b(?:würde|würden|"
                            r"hätte|hätten) mich (?:\w+ ){0,3}?(?:sofort|gern|gerne|mit kusshand|"
                            r"direkt|jederzeit|morgen)\b[^.?!]{0,20}\b(?:nehmen|genommen|einstellen"
                            r"|eingestellt)\b|\b(?:zusage|"
                            r"angebot)\w* (?:\w+ ){0,3}?(?:verstreichen|"
                            r"verfallen) lassen\b|\bwenn (?:sie|ihr|du) (?:sich|euch|"
                            r"dich) (?:\w+ )?nicht (?:bald|rasch|"
                            r"schnell|zeitnah|bis)\b[^.?!]{0,40}\b(?:angebot|konkurrenz|woanders|"
                            r"anderswo|zusage|stelle)\w*",
            unless=_MINE),
)
_EXPECTED_BETTER_MORE = (
    _signal("expected-better", r"\b(?:wirbt|werben|rühmt|rühmen|schmückt|schmücken|"
                               r"auf die fahnen)\b|"
                               r"\bsollte (?:\w+ ){0,3}?(?:bewerber\w*|kandidat\w*|menschen|leute) "
                               r"(?:\w+ ){0,4}?nicht\b",
            also=r"\b(?:sollte|müsste|dürfte|nicht|unternehmen|arbeitgeber|firma|haus)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:hatte|hätte|habe) (?:ich )?mir\b[^.?!]{0,60}"
                               r"\b(?:professioneller|"
                               r"besser|anders|respektvoller|persönlicher|schneller|fairer|"
                               r"transparenter|menschlicher|verbindlicher) (?:vorgestellt|"
                               r"gewünscht|"
                               r"erhofft|erwartet)\b",
            also=r"\b(?:ihnen|ihr\w*|sie|arbeitgeber\w*|unternehmen|haus|firma|ablauf|"
                 r"\w*verfahren|prozess\w*|absage|umgang|kommunikation)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:überrascht|gewundert|verwundert|befremdet)\b",
            also=_both(r"(?:von ihnen|bei ihnen|von einem|ihr\w*|ihnen)", r"(?:so|solch\w*|"
                       r"derart\w*)"),
            unless=_OWN_DEEDS + r"|\b(?:positiv|freudig|angenehm|erfreut|gefreut)\b"),
    _signal("expected-better", r"\b(?:hätte|hatte) (?:ich )?mir (?:\w+ )?(?:gewünscht|erhofft),? "
                               r"(?:dass )?(?:sie|man|ihr)\b[^.?!]{0,50}\b(?:wenigstens|zumindest|"
                               r"persönlich|mehr|früher|schneller|ehrlicher|offener|besser)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:gedacht|geglaubt|angenommen|dachte|glaubte|gehofft)\b,? "
                               r"(?:\w+ ){0,3}?(?:bei ihnen|sie|man|ihr|euch)\b[^.?!]{0,50}"
                               r"\b(?:respekt\w*|fair\w*|wertschätz\w*|professionell\w*|"
                               r"anständig\w*|menschlich\w*|sorgfältig\w*|besser\w*)",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\bfür (?:ein|einen) (?:\w+ )?(?:unternehmen|haus|arbeitgeber|"
                               r"firma|konzern)\b",
            also=r"\b(?:dürftig|mager|schwach|armselig|enttäuschend|peinlich|unterirdisch|"
                 r"traurig|bescheiden|erbärmlich|nicht gerade|blamabel|beschämend|schwach)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:das mindeste|das wenigste|eine frage des anstands|eine frage"
                               r" des respekts|angemessen gewesen|angebracht gewesen)\b|"
                               r"\b\w+ere[nr]?"
                               r" (?:absage|antwort|rückmeldung|kommunikation|behandlung|umgang|"
                               r"nachricht)\b[^.?!]{0,50}\b(?:erwartet|erhofft|gewünscht|"
                               r"verdient)\b|"
                               r"\benttäuscht\b[^.?!]{0,40}\b(?:von|über|vom) (?:der art|"
                               r"dem umgang|"
                               r"ihr\w*|ihnen|euch|eure?\w*|der kommunikation|dem ablauf|dem "
                               r"verfahren|der behandlung)|"
                               r"\benttäuscht\b[^.?!]{0,40}\b(?:darüber,? )?"
                               r"wie (?:sie|man|ihr)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:hätte|hatte|hätten|hatten)\b[^.?!]{0,50}\b(?:nicht|nie|"
                               r"niemals|"
                               r"kaum)\b[^.?!]{0,40}\b(?:erwartet|gedacht|gerechnet|zugetraut|für "
                               r"möglich gehalten|geglaubt)\b|\b(?:nicht|nie|"
                               r"niemals) (?:\w+ ){0,2}?"
                               r"(?:erwartet|gedacht|gerechnet|zugetraut|für möglich gehalten)\b",
            also=r"\b(?:so|solch\w*|sowas|so etwas|derart\w*|dies\w*)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:hatte|hätte|habe) (?:ich )?(?:mir )?(?:\w+ ){0,4}?"
                               r"(?:mehr|besseres|deutlich mehr|viel mehr) (?:\w+ ){0,2}?"
                               r"(?:versprochen|erhofft|erwartet)\b|\bbesseres gewohnt\b|\b(?:ich "
                               r"hatte|hatte ich) (?:\w+ )?gehofft,? (?:dass )?(?:sie|ihr|man)\b"
                               r"[^.?!]{0,40}\b\w+er\b",
            also=r"\b(?:ihnen|ihrem|ihrer|ihres|ihr|sie|euch|unternehmen|haus|firma|"
                 r"\w*verfahren|gespräch\w*|prozess\w*|bewerber\w*|absage)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("expected-better", r"\b(?:enttäuscht|enttäuschung)\b[^.?!,;]{0,30}\b(?:von|über|mit) "
                               r"(?:ihnen|ihrem|ihrer|euch|eurem|eurer|dir|deinem|deiner)\b|"
                               r"\b(?:von|über|mit) (?:ihnen|ihrem|ihrer|euch|eurem|eurer|dir|"
                               r"deinem|deiner) (?:\w+ )?(?:\w+ )?enttäuscht\b|\bbin (?:ich )?"
                               r"enttäuscht,? (?:wie|dass) (?:wenig|sie|ihr|man)\b|\bruf\b[^.?!]"
                               r"{0,60}\b(?:nicht (?:\w+ )?(?:bestätigt|gerecht|entsprochen)|"
                               r"gelitten)|\bpasst (?:\w+ )?nicht zu (?:dem bild|ihrem ruf|ihren"
                               r" werten|ihrem anspruch|ihrem leitbild|dem,? was sie)|\b(?:ihrem|"
                               r"dem) (?:eigenen )?(?:anspruch|leitbild|ruf|image|selbstbild) "
                               r"(?:\w+ )?nicht gerecht\b|\b(?:renommiert\w*|groß\w*) (?:haus|"
                               r"unternehmen|firma|arbeitgeber)\b[^.?!]{0,30}\bbesser\b|"
                               r"\bentspricht"
                               r" (?:\w+ )?nicht dem (?:niveau|bild|ruf|anspruch)\b|\bdass ein "
                               r"(?:arbeitgeber|unternehmen|haus) (?:wie sie|mit ihrem ruf|ihrer "
                               r"größe)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
)
_BITTERNESS_MORE = (
    _signal("bitterness", r"\bso viel (?:zum thema|zu|dazu)\b|\bweniger (?:zählt|zählen|gilt|"
                          r"bedeutet)\b", unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("bitterness", r"\b(?:zahlt|zahlen|lohnt|lohnen) sich (?:\w+ ){0,4}?nicht\b|\bwenn "
                          r"(?:sie|ihr) (?:\w+ )?wissen,? was (?:sie|ihr) (?:\w+ )?wollen\b|"
                          r"\bwissen "
                          r"(?:sie|ihr) (?:\w+ )?(?:überhaupt|eigentlich),? was\b",
            also=r"\b(?:bei ihnen|bei euch|für sie|sie|ihr)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("bitterness", r"\bdann (?:\w+ ){0,3}?(?:eben|halt)\b|\bfür (?:eine|so eine|diese|eine "
                          r"solche) (?:\w+ )?\w*absage\b",
            also=r"\b(?:jemand\w*|ander\w*|ohne mich|ihr\w*|stunden|tage|wochen|runden|"
                 r"gespräche|aufwand|mühe|vorbereitung|\w*challenge\w*|fallstudie\w*)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("bitterness", r"\b(?:wer|was) (?:\w+ ){0,3}?(?:wirklich|tatsächlich|eigentlich) "
                          r"(?:zählt|gefragt ist|wichtig ist)\b|\bspricht (?:\w+ )?für sich\b|"
                          r"\bsagt (?:\w+ )?alles\b",
            also=r"\b(?:ihnen|ihr\w*|euch|eure?\w*|absage\w*|runden|gespräch\w*|textbaustein\w*|"
                 r"standard\w*)\b", unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("bitterness", r"\bohne mich (?:\w+ )?(?:auskommen|zurechtkommen|klarkommen|leben)\b|"
                          r"\b(?:nichts|wenig|nicht viel|kaum etwas) (?:mehr )?(?:zählt|zählen|"
                          r"gilt|"
                          r"bedeutet)\b|\bwas (?:man|alle|jeder) (?:\w+ ){0,3}?über (?:ihr\w*|sie|"
                          r"euch|eure?\w*) (?:\w+ )?(?:hört|sagt|liest|erzählt)\b|\b(?:weiß|wissen)"
                          r" (?:ich|wir) (?:\w+ )?(?:jetzt|nun|wenigstens|immerhin)\b",
            also=r"\b(?:ihnen|ihr\w*|euch|eure?\w*|sie|bei euch|bei ihnen|haus|team|"
                 r"unternehmen)\b", unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("bitterness", r"\bdas war(?:s| es)\b(?: dann| also| wohl)?", also=rf"\b{lex.EFFORT}\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("bitterness", r"\b(?:schön|nett|toll|gut|immerhin|wenigstens|zumindest)\b[^.?!]{0,20}"
                          r"\b(?:dass )?(?:sie|ihr|man)\b[^.?!]{0,40}\b(?:wenigstens|immerhin|"
                          r"zumindest|überhaupt)\b|\b(?:wenigstens|immerhin|zumindest|überhaupt)\b"
                          r" (?:haben|hat|habt) (?:sie|ihr|man)\b",
            also=r"\b(?:geschickt|geantwortet|gemeldet|abgesagt|\w*mail|absage|nachricht|anruf|"
                 r"zeit|zeile\w*)\b", unless=_OWN_DEEDS),
    _signal("bitterness", r"\bwie wenig\b[^.?!]{0,40}\b(?:zählt|zählen|wert|bedeutet|gilt|"
                          r"interessiert)\b|\bnicht (?:mehr )?mein (?:problem|bier)\b|\bgut zu "
                          r"wissen\b|\b(?:zu nichts|ins leere) geführt\b|\b(?:besser|sinnvoller) "
                          r"(?:\w+ )?(?:genutzt|verbracht|investiert)\b|\b(?:anscheinend|offenbar|"
                          r"offensichtlich|scheinbar)\b[^.?!]{0,30}\bbei (?:ihnen|euch|dir)\b"
                          r"[^.?!]{0,40}\b(?:mehr als|reicht|zählt|gilt|wichtiger)\b|"
                          r"\b(?:glück gehabt|in den schoß gefallen)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    # "geschenkt" is bitter when the writer gave (or could have spared) the effort, not when
    # they thank the reader for time given to them ("die Zeit, die Sie mir geschenkt haben")
    _signal("bitterness", r"\bgeschenkt\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS + r"|\b(?:mir|uns)\b"),
    _signal("bitterness", r"\bhätte(?:n)? (?:\w+ ){0,4}?(?:auch )?(?:gleich|sofort|direkt|früher|"
                          r"schon)\b[^.?!]{0,50}\b(?:können|sollen)\b",
            also=r"\b(?:absage|abgesagt|absagen|sagen|mitteilen|schicken)\b", unless=_MINE),
    _signal("bitterness", rf"\b{lex.WASTED}\b", also=rf"\b{lex.EFFORT}\b",
            unless=_NOT_THEIRS + "|" + _REMEDY + "|" + lex.NOT_WASTED),
    _signal("bitterness", r"\b(?:am ende|zum schluss|unterm strich|und dann|danach)\b[^.?!]{0,30}"
                          r"\b(?:nichts|nur) (?:als |außer )?(?:eine[rn]? )?(?:\w+ )?\w*absage|"
                          r"\bwas (?:ihre|eure|deine|die) (?:\w+ )?(?:versprechen|worte|zusagen|"
                          r"aussagen|werte|stellenanzeigen|beteuerungen) (?:\w+ )?wert (?:sind|"
                          r"ist|waren)\b|\bhätte es (?:\w+ ){0,2}?(?:keine|nicht|kein) (?:\w+ )"
                          r"{0,3}?(?:gebraucht|bedurft)\b|\bso viel \w+ für so wenig\b|"
                          r"\b(?:kostenlos\w*|gratis|umsonst)\b[^.?!]{0,30}\b(?:ideen|beratung|"
                          r"konzept\w*|arbeit|input|vorschläge|lösung\w*)\b[^.?!]{0,30}"
                          r"\b(?:eingebracht|bekommen|erhalten|geliefert|verschafft)\b|"
                          r"\bhätte(?:n)? (?:ich |wir )?(?:mir|uns) (?:\w+ ){0,4}?(?:sparen|"
                          r"schenken) können\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
)
_CLOSING_DOOR_MORE = (
    _signal("closing-door", r"\b(?:ignorieren|ignoriere|unbeantwortet|nicht (?:mehr )?"
                            r"(?:beantworten|"
                            r"lesen|öffnen))\b",
            also=r"\b(?:anfragen|nachrichten|angebote|\w*mails?|stellen\w*|ausschreibung\w*|"
                 r"ihrer seite|von ihnen)\b", unless=_MINE),
    _signal("closing-door", r"\b(?:suche|such|schaue|wende) (?:mir |mich )?(?:\w+ ){0,2}?(?:lieber|"
                            r"stattdessen|künftig) (?:\w+ ){0,2}?(?:einen|ein|eine|"
                            r"andere\w*) (?:\w+ )?"
                            r"(?:arbeitgeber\w*|unternehmen|firma|firmen|stelle)\b", unless=_MINE),
    _signal("closing-door", r"\b(?:habe|hab) (?:ich )?(?:\w+ )?nicht vor\b|\b(?:keine lust|kein "
                            r"bedürfnis)\b|\bkein thema mehr\b",
            also=r"\b(?:bewerb\w*|melden|arbeiten|unternehmen|firma|ihnen|ihr\w*|sie)\b",
            unless=_MINE),
    _signal("closing-door", r"\b(?:meiden|meide|boykott\w*|einen (?:großen )?bogen)\b|"
                            r"\bkönnen sie sich (?:\w+ ){0,3}?(?:sparen|schenken)\b|\bmit \w+ "
                            r"(?:\w+ )?bin ich (?:\w+ )?(?:fertig|durch)\b|\bich bin mit (?:\w+ )"
                            r"{1,2}(?:fertig|durch)\b|\bkeinen (?:\w+ )?(?:sinn|grund|anlass)\b"
                            r"[^.?!]{0,40}\b(?:bewerben|bewerbung|melden)",
            unless=_MINE),
    _signal("closing-door", r"\b(?:gut|genau|zweimal|sehr gut|sehr genau|dreimal)\b (?:\w+ )?"
                            r"überlegen\b|\bnicht (?:mehr |länger )?zur verfügung\b|\b(?:nach|bei) "
                            r"ander\w* (?:\w+ )?(?:unternehmen|firmen|arbeitgeber\w*)\b[^.?!]{0,30}"
                            r"\b(?:umsehen|umschauen|suchen|schauen)\b|\bkapitel\b[^.?!]{0,30}"
                            r"\bgeschlossen\b",
            also=r"\b(?:bewerbung\w*|bewerben|ihnen|sie|stelle\w*|künftig\w*|ich|meiner seite|"
                 r"für mich)\b",
            unless=_MINE),
    _signal("closing-door", r"\b(?:nicht mehr|nie mehr|nie wieder|nicht wieder|nicht noch einmal|"
                            r"kein zweites mal|ein zweites mal|nicht erneut|nicht länger|"
                            r"keinesfalls|auf keinen fall|künftig nicht|nicht mehr länger)\b",
            also=_both(r"(?:bewerb\w*|melden|kontakt\w*|ausschreibung\w*|stellen\w*|angebot\w*|"
                       r"liste|zukunft|berücksichtig\w*|infrage|in frage|zusammenarbeit|"
                       r"arbeiten|schicken|zusenden|informieren|einladen|anschreiben)",
                       r"(?:ihnen|sie|ihr\w*|euch|eure?\w*|dich|dir|dein\w*|ich|mich|mir)"),
            unless=_MINE_JUDGED),
    _signal("closing-door", r"\b(?:konzentrier|fokussier|richte|richten|beschränk|stecke|"
                            r"orientier|bewerbe)\w*\b[^.?!]{0,60}\b(?:andere\w*|unternehmen,? "
                            r"die|firmen,? die|arbeitgeber,? die|der konkurrenz)\b|\b(?:andere\w*) "
                            r"(?:\w+ )?(?:unternehmen|firmen|arbeitgeber\w*)\b[^.?!]{0,60}"
                            r"\b(?:konzentrier|fokussier|richte|beschränk|stecke|orientier|"
                            r"bewerb)\w*",
            also=r"\b(?:künftig|zukünftig|ab sofort|von nun an|ab jetzt|nur noch|lieber|"
                 r"stattdessen|nach dieser erfahrung|fortan|ab heute|werde|besser)\b",
            unless=_MINE),
    _signal("closing-door", r"\b(?:streichen|löschen|entfernen|nehmen) (?:sie|ihr|du) (?:\w+ )?"
                            r"(?:meinen namen|meinen eintrag|meine kontaktdaten|meine adresse)\b|"
                            r"\b(?:brauchen|müssen) (?:sie|ihr|du) (?:mir|mich) (?:\w+ ){0,4}?nicht"
                            r"\b|\babzusehen\b|\b(?:liegt|liegen) mir nichts (?:mehr )?\b|"
                            r"\bthema\b[^.?!]{0,30}\b(?:beendet|erledigt|abgeschlossen|durch|vom "
                            r"tisch)\b|\bschließe ich (?:\w+ ){0,3}?aus\b|\b(?:informieren|"
                            r"benachrichtigen|anschreiben|anrufen|einladen|berücksichtigen) (?:sie|"
                            r"ihr|du) mich (?:\w+ ){0,3}?(?:nicht mehr|nie mehr|nicht wieder)\b",
            also=r"\b(?:sie|ihnen|ihr\w*|euch|eure?\w*|dich|dein\w*|firma|unternehmen|haus|"
                 r"stellen?\w*|bewerbung\w*|ausschreibung\w*|zusammenarbeit|liste|für mich)\b",
            unless=_MINE),
)
_ANGER_MORE = (
    _signal("anger", r"\bich koche\b|\bkocht (?:in )?mir\b|\bdie galle\b|\bbodenlos\w*",
            unless=_MINE),
    _signal("anger", r"\b(?:stocksauer|fuchsteufelswild|auf hundertachtzig|auf 180|kocht|"
                     r"wutschnaubend|außer mir)\b", unless=_MINE),
    _signal("anger", r"\bmich (?:\w+ )?(?:empört|erzürnt|erbost)\b", unless=_MINE),
    _signal("anger", rf"\b{lex.FURY} (?:ge|ver)?ärger\w*|\bich ärgere mich\b|\bärgere ich mich\b|"
                     rf"\b(?:wütend|zornig|rasend) gemacht\b",
            unless=_MINE),
)
_BLAME_MORE = (
    _signal("blame", r"\b(?:geflüstert|getuschelt|gegrinst|gelacht|die augen verdreht|augen "
                     r"gerollt)\b|\b(?:so|zu|viel zu) (?:kurzfristig|spät|knapp|kurz)\b[^.?!]{0,30}"
                     r"\b(?:dass|sodass) ich (?:\w+ ){0,3}?(?:kaum|nicht)\b|\bvoller "
                     r"(?:fangfragen|fallen|fehler)\b",
            also=r"\b(?:ihr\w*|sie|man|kolleg\w*|präsentation|gespräch\w*|einladung|termin\w*|"
                 r"fragebogen|test\w*|interview\w*|während|die ganze zeit)\b",
            unless=_OWN_DEEDS + "|" + _REMEDY + r"|^\s*ich\b"),
    _signal("blame", r"\b(?:dieselben|denselben|die gleichen|den gleichen|dasselbe)\b[^.?!]{0,30}"
                     r"\b(?:gefragt|angefordert|verlangt|nachgefragt)\b|\b(?:als|unter|"
                     r"über) (?:dem|"
                     r"der|den) (?:\w+ )?in der (?:stellenanzeige|anzeige|ausschreibung|"
                     r"stellenbeschreibung)\b|\bnur (?:auf|nach) (?:\w+ )?(?:selbstdarstellung|"
                     r"show|äußerlichkeiten|aussehen|titel|noten|zeugnisnoten|eloquenz|"
                     r"sympathie)\b",
            also=r"\b(?:ihr\w*|sie|man|wurde|gehalt|geachtet|geschaut|gefragt|gespräch\w*|"
                 r"assessment\w*|personal\w*)\b", unless=_OWN_DEEDS + "|" + _REMEDY),
    _signal("blame", r"\b(?:kaum|nicht|nie) (?:\w+ ){0,2}?mit mir (?:gesprochen|geredet)\b|\bkein "
                     r"(?:einziges )?wort mit mir\b|\bschlecht (?:beschrieben|erklärt|formuliert|"
                     r"organisiert|vorbereitet)\b|\b(?:kaum|nicht) zu (?:lösen|schaffen|"
                     r"bewältigen)\b|"
                     r"\b(?:familienplanung|kinderwunsch|schwangerschaft|religion|herkunft|"
                     r"kinderbetreuung)\b[^.?!]{0,30}\b(?:gefragt|gestellt|fragen)\b|\b(?:fragen|"
                     r"gefragt)\b[^.?!]{0,30}\b(?:familienplanung|kinderwunsch|schwangerschaft|"
                     r"religion|herkunft|kinderbetreuung)\b",
            also=_PROCESS_CUE + r"|\b(?:ihr\w*|man|sie|\w*challenge\w*|probe\w*|aufgabe\w*|"
                                r"test\w*)\b", unless=_OWN_DEEDS + "|" + _REMEDY),
    _signal("blame", r"\bnach (?:sympathie|nasenfaktor|nase|bauchgefühl|gutdünken|aussehen|alter|"
                     r"herkunft|beziehungen|vitamin b)\b|\b(?:hatten|hatte|haben|hat)\b[^.?!]{0,50}"
                     r"\b(?:nichts|wenig|kaum) (?:\w+ )?zu tun\b|\b(?:kaum|nicht|nie) (?:\w+ )?"
                     r"(?:ausreden|zu wort kommen) (?:ließ|ließen|lassen|gelassen)\b",
            also=rf"{_DECISION_CUE}|{_PROCESS_CUE}|\b(?:fiel|man|sie|stelle|aufgaben)\b",
            unless=_MINE),
    _signal("blame", r"\b(?:kaum|keine|wenige|nur wenige|nicht eine|"
                     r"keine einzige) (?:\w+ )?fragen\b"
                     r"[^.?!]{0,40}\bgestellt\b|\bauf die uhr\b|\b(?:stellenanzeige|anzeige|"
                     r"ausschreibung|stellenbeschreibung)\w*\b[^.?!]{0,40}\b(?:versprochen|"
                     r"suggeriert|vorgegaukelt|verschwiegen|unterschlagen|kein wort)\b|"
                     r"\b(?:nie|nicht|niemals|mit keinem wort) (?:\w+ ){0,2}?(?:gesagt|mitgeteilt|"
                     r"erwähnt|vorgewarnt)\b[^.?!]{0,20}\b(?:dass|was|wie)\b|\bmit (?:einer |"
                     r"einem )?"
                     r"(?:fair\w*|richtig\w*|vernünftig\w*|angemessen\w*|ausreichend\w*) "
                     r"(?:\w+ )?(?:zeit|vorbereitungszeit|vorbereitung|informationen|unterlagen|"
                     r"vorlauf|frist|bedingungen|chance)\b[^.?!]{0,60}\b(?:wäre|hätte|wären|"
                     r"hätten)\b|\b(?:termin|gespräch|interview)\w* (?:\w+ ){0,3}?(?:kurzfristig|"
                     r"mehrfach|zweimal|dreimal|wiederholt|ständig) (?:\w+ )?(?:abgesagt|"
                     r"verschoben|"
                     r"verlegt)\b",
            also=r"\b(?:ich|mir|mich|mein\w*|panel|sie|ihr\w*|man|wurde|wurden)\b",
            unless=_MINE),
    _signal("blame", r"\b(?:zugeschnitten|maßgeschneidert)\b|\b(?:abgestürzt|ausgefallen|nicht "
                     r"funktioniert|technische\w* (?:probleme|panne\w*|störung\w*))\b[^.?!]{0,60}"
                     r"\bich (?:\w+ ){0,4}?nicht\b|\b(?:viel |deutlich |völlig |einfach )?zu "
                     r"(?:knapp|kurz) (?:bemessen|angesetzt|gewählt|gewesen)\b|\b(?:schon|bereits"
                     r"|längst) (?:vor|vorher|vorab)\b[^.?!]{0,40}\bfest\b|\bnicht (?:richtig |"
                     r"einmal |mal )?(?:zuhören|zuhört|zuhörten)\b",
            also=_PROCESS_CUE + r"|\b(?:stelle|test|aufgabe\w*|leute|sieger\w*|man|sie)\b",
            unless=_MINE),
    # a story of what would have gone well had they done right: "Hätte man mir ..., wäre ..."
    _signal("blame", r"\b(?:hätte|hätten|wäre|wären)(?: sich)? (?:man|sie|ihr\w*|der|die|das|den|"
                     r"jemand|mir|mich|uns|eure?\w*)\b[^.?!]{0,100}\b(?:hätte|wäre|hätten|wären|"
                     r"würde)\b|\bwenn (?:mir |mich )?(?:man|sie|ihr\w*|der|die|das|jemand)\b"
                     r"[^.?!]{0,80}\b(?:hätte|hätten|wäre|wären)\b[^.?!]{0,40}\b(?:hätte|wäre|"
                     r"hätten|wären|würde)\b",
            also=r"\b(?:ich|mich|mir|mein\w*|ergebnis|gespräch\w*|chance|präsentation|anders)\b",
            unless=_NOT_THEIRS + "|" + _REMEDY + r"|\b(?:freuen|freue|gern|gerne|zur verfügung|"
                                                 r"dankbar|fragen)\b"),
    # inattention and obstruction in the interview
    _signal("blame", r"\b(?:telefoniert|aufs handy|auf (?:sein|ihr|das) (?:handy|smartphone|"
                     r"telefon|laptop|notebook)|e-?mails (?:gelesen|geschrieben|beantwortet)|"
                     r"nachrichten (?:gelesen|geschrieben)|gegähnt|zu spät|unpünktlich|"
                     r"abgebrochen|abgewürgt)\b",
            also=r"\b(?:während|die ganze zeit|die meiste zeit|mehrmals|ständig|dauernd|"
                 r"zwischendurch|ohne dass ich|minuten|auch wenn)\b",
            unless=_MINE + r"|^\s*ich\b"),
    _signal("blame", r"\b(?:durfte|konnte|kam) ich (?:\w+ ){0,3}?(?:kaum|nicht|nie)\b (?:\w+ )?"
                     r"(?:ausreden|zu wort|antworten|erklären|fragen stellen)|\b(?:kaum|nicht|nie)"
                     r" (?:\w+ )?zu wort kommen\b|\bnichts (?:\w+ ){0,3}?zu tun (?:hatten|hatte|"
                     r"haben|hat)\b|\b(?:schon|bereits|längst) (?:vor|vorher|vorab)\b[^.?!]{0,40}"
                     r"\b(?:gefallen|getroffen|festgestanden|feststand|entschieden|vergeben)\b",
            also=_PROCESS_CUE + r"|\b(?:mir|mich|man)\b", unless=_MINE),
    _signal("blame", r"\b(?:unklar|missverständlich|veraltet|unvollständig|unrealistisch|"
                     r"unlösbar|realitätsfern|falsch)\w*",
            also=r"\b(?:assistent\w*|sekretariat|termin\w*|einladung\w*|zeitplan|"
                 r"aufgabenstellung\w*|stellenbeschreibung\w*|fallstudie|unterlagen|aufgabe)\b",
            unless=_MINE + r"|^\s*(?:also|so)\b"),
    _signal("blame", r"\b(?:der|die|ihr\w*) (?:\w+ )?(?:interviewer\w*|gesprächspartner\w*|"
                     r"recruiter\w*|personaler\w*|kolleg\w*|chef\w*|"
                     r"leiter\w*)\b[^.?!]{0,60}\bnicht "
                     r"(?:\w+ )?(?:zu )?interessier\w*|\b(?:herr|frau|herrn) \w+\b[^.?!]{0,80}\b"
                     r"(?:aufs handy|auf (?:sein|ihr|das) handy|telefoniert|e-?mails gelesen|"
                     r"nicht zugehört|unterbrochen|gegähnt)\b", unless=_MINE),
)
_PLEADING_MORE = (
    # gratitude promised beyond measure, or a last small chance begged: "wäre ich Ihnen ewig
    # dankbar", "lassen Sie mich doch wenigstens eine Probewoche machen"
    _signal("pleading", r"\b(?:ewig|unendlich|für immer|auf ewig|zutiefst) dankbar\b"
                        r"|\b(?:lassen sie|lasst|lass) mich (?:\w+ ){0,2}?(?:wenigstens|zumindest)"
                        r"\b",
            also=r"\b(?:möglichkeit|stelle|chance|irgendein\w*|unterzukommen|probe\w*|"
                 r"praktikum|versuch|anfangen|mitarbeiten)\b", unless=_MINE),
    _signal("pleading", r"\b(?:kann|"
                        r"könnte) (?:es )?(?:mir )?(?:\w+ ){0,3}?nicht (?:mehr )?erlauben\b|"
                        r"\b(?:noch länger|länger|nicht mehr lange) ohne (?:arbeit|job|einkommen|"
                        r"stelle|anstellung)\b|\bohne (?:arbeit|job|einkommen|stelle|anstellung)\b"
                        r"[^.?!]{0,20}\b(?:noch länger|länger|nicht mehr lange)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("pleading", r"\bmich (?:\w+ ){0,4}?zu beweisen\b|\bgeben sie mir (?:\w+ )?(?:die|eine|"
                        r"noch eine) (?:\w+ )?(?:gelegenheit|möglichkeit)\b|\bausweg\b|\bmeine "
                        r"(?:\w+ )?(?:lage|situation)\b[^.?!]{0,30}\b(?:ernst|prekär|verzweifelt|"
                        r"aussichtslos|schwierig|dramatisch|kritisch)\b",
            also=r"\b(?:bitte|geben|gewähren|ermöglichen|lassen|würden|könnten|stelle|ihre|ihnen|"
                 r"zusage|gerade|derzeit|momentan)\b", unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("pleading", r"\b(?:wenigstens|zumindest|nur|bloß)\b (?:\w+ )?(?:eine?n? )?(?:\w+ )?"
                        r"(?:chance|probezeit|probetag|versuch|gelegenheit|testphase|probemonat)\b"
                        r"[^.?!]{0,30}\b(?:ermöglichen|geben|gewähren|lassen|bitte)\b|\b(?:hängt|"
                        r"hängen)\b[^.?!]{0,40}\b(?:so |sehr |wirklich )*viel\b|\brücken zur wand"
                        r"\b|\bfinanziell (?:\w+ )?(?:eng|knapp|schwierig|am ende|angeschlagen)\b|"
                        r"\bwasser bis zum hals\b|\bmeine (?:lage|situation|leben) (?:\w+ ){0,2}?"
                        r"(?:verändern|retten|ändern|wenden)\b|\bmich (?:\w+ )?nicht (?:auf|"
                        r"aufzugeben|aufgeben)\b|\bgeben sie mich (?:\w+ )?nicht auf\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
    _signal("pleading", rf"\b{lex.HARDSHIP}\b", unless=_OWN_DEEDS),
    _signal("pleading", r"\b(?:haben sie|habt|hab) (?:\w+ )?(?:ein )?(?:herz|erbarmen|mitleid|"
                        r"gnade|nachsicht)\b|\bwie lange ich (?:das )?(?:\w+ )?noch (?:durchhalte|"
                        r"aushalte|schaffe)\b|\bausnahme\b[^.?!]{0,20}\bfür mich\b|\bfür mich "
                        r"(?:\w+ )?(?:eine )?ausnahme\b|\b(?:irgendwo|irgendeine\w*|irgendwie)\b"
                        r"[^.?!]{0,40}\b(?:für mich|mich)\b[^.?!]{0,20}\b(?:finden|unterbringen|"
                        r"unterzubringen|einsetzen|verwenden|platz)\b|\bmich (?:\w+ )?(?:irgendwo|"
                        r"irgendwie|doch) "
                        r"(?:\w+ )?(?:unterzubringen|unterbringen|einzusetzen|einsetzen)\b|"
                        r"\b(?:platz|stelle|verwendung)"
                        r" für mich (?:\w+ )?(?:finden|haben)\b|\b(?:hängt|hängen) (?:\w+ ){0,3}?"
                        r"(?:viel|alles|meine existenz|meine zukunft)\b[^.?!]{0,30}\b(?:an|von) "
                        r"(?:dieser|der|ihrer|dieser) (?:stelle|zusage|entscheidung)\b|\blassen sie"
                        r" mich (?:\w+ )?nicht im regen\b|\bverzweif\w*|\b(?:rettung|rettungsanker|"
                        r"strohhalm)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS),
)
_CONCESSION_MORE = (
    _signal("concession", r"\bjunior-?\s?(?:gehalt|lohn|einstufung|vergütung)\w*",
            also=_WILLING + r"|\b(?:einverstanden|zufrieden)\b", unless=_MINE),
    _signal("concession", r"\b(?:gehalts|lohn)(?:kürzung|einbuße|abschlag|verzicht)\w*|"
                          r"\b(?:auch|sogar|notfalls|zur not|zunächst|erst einmal|erstmal|"
                          r"vorerst)\b"
                          r"[^.?!]{0,40}\bals (?:\w+ )?(?:praktikant\w*|werkstudent\w*|aushilfe|"
                          r"hilfskraft|assistent\w*|junior\w*)\b[^.?!]{0,20}\b(?:anzufangen|"
                          r"einzusteigen|zu arbeiten|zu beginnen)\b",
            also=_WILLING, unless=_MINE),
    _signal("concession", r"\b(?:sogar|gern|gerne|notfalls|auch|"
                          r"zur not)\b[^.?!]{0,30}\bauf (?:\w+ )"
                          r"{1,3}?(?:zu )?verzichten\b",
            also=r"\b(?:würde|wäre|bereit|ich)\b", unless=_MINE),
    _signal("concession", r"\b(?:verzicht\w*|abstriche)\b[^.?!]{0,40}\b(?:urlaub\w*|bonus|boni|"
                          r"dienstwagen|homeoffice|home-office|überstunden\w*|zuschl\w*|prämie\w*|"
                          r"sonderzahlung\w*|weihnachtsgeld|urlaubsgeld)|\b(?:urlaub\w*|bonus|"
                          r"dienstwagen|homeoffice|prämie\w*)\b[^.?!]{0,40}\b(?:zu verzichten|"
                          r"verzichte|verzichten)\b|\b(?:günstiger|billiger|preiswerter) (?:\w+ )?"
                          r"(?:zu haben|als ausgeschrieben|als budgetiert|als geplant)\b|"
                          r"\b(?:wenn|falls) es (?:\w+ )?(?:am|an dem|an meinem) (?:budget|geld|"
                          r"gehalt)\w* (?:liegt|scheitert|hängt)\b",
            also=_WILLING + r"|\b(?:bereit|gern|gerne|ich)\b", unless=_MINE),
    _signal("concession", rf"\b(?:hälfte|bruchteil|drittel|teil) (?:meines|des|meiner|"
                          rf"der) (?:\w+ )?"
                          rf"{_PAY}|\bmit mir (?:\w+ )?(?:handeln|reden|verhandeln)\b|\b{_PAY}\b"
                          r"[^.?!]{0,60}\b(?:entgegen|entgegenzukommen|verhandeln|handeln|reden|"
                          r"korrigieren|keine rolle|egal|nebensache|zweitrangig|unwichtig)\b|"
                          r"\bmindestlohn\b|\b(?:eine stufe|eine ebene|eine nummer) (?:\w+ )?"
                          r"(?:tiefer|niedriger|kleiner|darunter)\b|\b(?:niedriger|geringer)\w* "
                          r"(?:einstieg|einstufung|eingruppierung|gehaltsstufe|gehaltsband|"
                          r"stufe)\b",
            also=_WILLING + r"|\b(?:für mich|lässt sich|ließe sich|problemlos|gern|gerne|"
                            r"können wir|anfangen|einsteigen)\b", unless=_MINE),
    _signal("concession", r"\bhauptsache\b|\bwenn (?:sie|ihr|du) mich (?:\w+ )?(?:nehmen|nehmt|"
                          r"einstellen|einstellt)\b|\bum (?:\w+ )?bei (?:ihnen|euch|dir) (?:\w+ )?"
                          r"(?:anzufangen|zu arbeiten|einzusteigen)\b|\bwenn es (?:\w+ )?(?:nur|"
                          r"bloß)"
                          r" bei (?:ihnen|euch|dir)\b",
            also=r"\b(?:verzicht\w*|bereit|kompromiss\w*|abstrich\w*|zufrieden|akzeptier\w*|gern|"
                 r"gerne|alle|"
                 r"in kauf|jede\w*|alles|auch|sogar|notfalls|weniger|teilzeit\w*|befristet\w*|"
                 r"keine ansprüche|ansprüche)\b", unless=_MINE),
    _signal("concession", r"\b(?:auch|sogar|notfalls|zur not|"
                          r"selbst)\b[^.?!]{0,40}\b(?:befristet\w*|"
                          r"teilzeit\w*|minijob\w*|aushilf\w*)",
            also=r"\b(?:würde|wäre|nehme|nähme|annehmen|zufrieden|einverstanden|anfangen|"
                 r"einsteigen)\b", unless=_MINE),
)
_MILD_MORE = (
    _signal("mild", r"\b(?:für mich|mir|ich)\b[^.?!]{0,30}\bnicht (?:leicht|einfach)\b|\bnicht "
                    r"(?:leicht|einfach) für mich\b", also=rf"\b{lex.EVENT}\b",
            unless=_MINE + r"|\b(?:entscheidung|wahl|auswahl)\w* (?:\w+ ){0,2}?nicht (?:leicht|"
                           r"einfach)\b", mild=True),
    _signal("mild", rf"\b{lex.STRAIN}\b",
            also=_both(lex.EVENT, r"(?:mich|mir|ich|mein\w*|uns|es war|war es|war das|das war)"),
            unless=_MINE, mild=True),
)

DE_TONE: tuple[Signal, ...] = (
    *_ARGUING, *_ARGUING_MORE, *_REVISIT, *_REVISIT_MORE, *_REASONS, *_REASONS_MORE,
    *_COMPARISON, *_COMPARISON_MORE, *_CONCESSION, *_CONCESSION_MORE, *_OTHER_OFFERS,
    *_OTHER_OFFERS_MORE, *_FOR_YOUR_SAKE, *_EXPECTED_BETTER, *_EXPECTED_BETTER_MORE,
    *_BITTERNESS, *_BITTERNESS_MORE, *_CLOSING_DOOR, *_CLOSING_DOOR_MORE, *_ANGER_MORE, *_ANGER,
    *_BLAME, *_BLAME_MORE, *_PLEADING, *_PLEADING_MORE, *_MILD, *_MILD_MORE,
)
"""The German tone frames, strongest first (see ``stance.tone_concerns``)."""

# -- Feedback asked for in the body (RJ003) --------------------------------------------------

_MY_PART = (r"\w*(?:gespräch|vorstellungsgespräch|bewerbung|interview|präsentation|unterlagen|"
            r"auftreten|leistung|fallstudie|probearbeit|aufgabe|antworten|lebenslauf|anschreiben|"
            r"assessment|case|test|arbeitsprobe|vortrag|profil|kandidatur|auftritt|vorstellung|"
            r"performance|unterlage)\w*")
_ASKING = (r"\b(?:würde mich|wäre ich|wären|bitte|könnten sie|würden sie|können sie|teilen sie|"
           r"geben sie|sagen sie|schicken sie|senden sie|dankbar|freuen|freue|gib|gebt|schick|"
           r"interessieren|interessiert|wissen|kannst du|könntest du|gewusst|wüsste|"
           r"erfahren|sehen sie|verbunden)\b")
_FEEDBACK_MORE = (
    _signal("feedback", rf"\b(?:notizen|auswertung\w*|bewertung\w*|protokoll\w*|bewertungsbogen|"
                        rf"beobachtungen) (?:\w+ )?(?:aus|zu|von|über) (?:dem|der|meinem|meiner|"
                        rf"meinen) (?:\w+ )?{_MY_PART}|\b(?:wie|was) (?:bewerten|beurteilen|sehen|"
                        r"finden|fanden|empfanden|sahen|hielten|halten) (?:sie|ihr|"
                        r"du) (?:\w+ ){0,3}?"
                        r"mein\w*",
            also=_ASKING + r"|\?|\b(?:helfen|weiterhelfen|zukommen|froh|dankbar)\b",
            unless=_OWN_DEEDS),
    _signal("feedback", r"\b(?:einschätzung|rückmeldung|feedback|hinweis\w*)\b,? (?:dazu,? )?"
                        r"(?:wo|wie|was|woran|ob) ich\b",
            also=_ASKING + r"|\?|\b(?:helfen|weiterhelfen|hilfe|froh|dankbar|bitten)\b",
            unless=_OWN_DEEDS),
    _signal("feedback", r"\b(?:wie|was|welche\w*|wo|woran|worin|ob|etwas,? (?:das|"
                        r"was))\b[^.?!]{0,60}\b(?:eingeschätzt|"
                        r"bewertet|beurteilt|angekommen|gewirkt|abgeschnitten|überzeugt|"
                        r"weniger gefallen|nicht gefallen|gefehlt|aufgefallen|wahrgenommen|"
                        r"empfunden|hinterlassen|verbessern (?:könnte|sollte|müsste|kann)|"
                        r"arbeiten (?:sollte|könnte|müsste|kann))\b",
            also=_both(r"(?:mein\w*|ich|mir|mich)", _ASKING + r"|\?|\b(?:helfen|weiterhelfen|"
                       r"hilfe|interessiert|interessieren|verstehen|froh|dankbar|kennen|schreiben|"
                       r"mögen|mitteilen|nennen)"),
            unless=_OWN_DEEDS + r"|\b(?:gelernt|lerne|lernte|weiß|wusste)\b"),
    _signal("feedback", rf"\b(?:worte|kommentar\w*|einschätzung|sicht|eindruck|eindrücke|meinung|"
                        rf"gedanken|hinweise?|rückmeldung|feedback|anmerkung\w*) (?:\w+ ){{0,2}}?"
                        rf"(?:(?:zu|auf|über|von|hat|hätte|haben) (?:mein\w*|dem|der|den)|"
                        rf"meine[sr]) (?:\w+ )?"
                        rf"{_MY_PART}|\b(?:an denen|woran|wo|"
                        rf"worin) ich (?:\w+ ){{0,3}}?(?:arbeiten|"
                        r"feilen|ansetzen|zulegen)\b|\b(?:wo|worin) sehen (?:sie|ihr) (?:bei mir|"
                        r"meine)\b|\bentwicklungsbedarf\b",
            also=_ASKING + r"|\?|\b(?:helfen|weiterhelfen|hilfe|froh|dankbar|bitten)\b",
            unless=_OWN_DEEDS + r"|\b(?:gelernt|lerne|lernte|weiß|wusste)\b"),
)

DE_FEEDBACK: tuple[Signal, ...] = (
    *_FEEDBACK_MORE,
    _signal("feedback", r"\b(?:rückmeldung|feedback|einschätzung|hinweise?|kritik|anmerkungen|"
                        r"notizen|beurteilung|bewertung|eindrücke?|tipps?|ratschläge?|"
                        r"verbesserungsvorschläge?|auswertung)\w*\b[^.?!]{0,30}\b(?:meine[mnrs]?|"
                        rf"dem|der|den|des|unserem|unserer|zum|zur) (?:\w+ ){{0,2}}?{_MY_PART}",
            also=_ASKING, unless=_OWN_WORK),
    _signal("feedback", r"\b(?:sagen|teilen|nennen|erklären|schreiben|zeigen|schicken|senden|geben|"
                        r"verraten|schildern|erläutern|sag|nenn|schreib|gib|zeig|schick) (?:sie |"
                        r"ihr |du )?(?:mir|uns)\b[^.?!]{0,40}\b(?:woran|was ich|wo ich|was mir|"
                        r"was ihnen|welche[rns]?|meine (?:\w+ )?(?:schwächen|schwachstellen|"
                        r"defizite|fehler|lücken|mängel)|feedback|rückmeldung|einschätzung|tipps?|"
                        r"hinweise|an welchen stellen|in welchen punkten|wo genau|was dir|was euch)"
                        r"\b|\b(?:zählen|listen) (?:sie|ihr|du) (?:\w+ ){0,5}?auf\b|\b(?:sie|ihr|"
                        r"du) (?:mir|uns) (?:\w+ ){0,2}?(?:sagen|nennen|mitteilen|schreiben"
                        r"|erklären|"
                        r"zeigen|verraten|schildern)\b[^.?!]{0,30}\b(?:woran|was ich|wo ich"
                        r"|was mir|"
                        r"was ihnen|welche[rns]?|an welchen stellen|in welchen punkten|wo genau)\b",
            unless=_OWN_WORK),
    _signal("feedback", r"\b(?:woran es (?:\w+ )?(?:gelegen|lag|scheiterte|gescheitert)|woran "
                        r"(?:meine|die) (?:\w+ )?(?:bewerbung|kandidatur) (?:\w+ )?gescheitert|"
                        r"was ich(?: \w+){0,5} (?:falsch gemacht|besser (?:machen|hätte)|anders "
                        r"(?:machen|hätte)|verbessern|ändern sollte)|wo ich(?: \w+){0,4} "
                        r"(?:nachbessern|mich verbessern|verbessern|schwach|nicht überzeugt|"
                        r"defizite|schwächen|lücken|zulegen|aufholen|nicht gepunktet)|was (?:\w+ )"
                        r"{0,3}?(?:mir|ihnen|euch|dir) (?:\w+ ){0,3}?(?:gefehlt|nicht gefallen"
                        r"|gestört|missfallen|"
                        r"nicht überzeugt)|woran ich(?: \w+){0,3} (?:arbeiten|feilen|ansetzen)"
                        r"|was (?:kann|"
                        r"könnte|sollte|muss|müsste) ich (?:\w+ ){0,6}?(?:tun|machen|ändern|"
                        r"verbessern)\b"
                        r"|was (?:hätte|sollte"
                        r"|könnte|müsste) "
                        r"ich(?: \w+){0,4} (?:anders|besser) (?:machen|gemacht|tun|angehen)"
                        r"|(?:sollte|"
                        r"müsste|könnte|muss|kann) ich(?: \w+){0,5} (?:ausbauen|verbessern|stärken|"
                        r"entwickeln|nachholen|aufholen|vertiefen|an mir arbeiten)"
                        r"|welche (?:meiner |der )?"
                        r"(?:\w+ )?(?:antworten|antwort|aussagen|punkte|schwächen|fehler|teile)\b"
                        r"[^.?!]{0,40}\b(?:gekostet|den ausschlag|gestört|nicht überzeugt|gefehlt|"
                        r"geschadet|negativ)|meine (?:\w+ )?(?:schwächen|schwachstellen|defizite|"
                        r"verbesserungspotenziale?|entwicklungsfelder)|verbesserungspotenzial|"
                        r"verbesserungsvorschläge|tipps?,? (?:\w+ ){0,3}?(?:was|wie) ich|"
                        r"nachholbedarf|entwicklungsbedarf|verbesserungsbedarf|schwachpunkt\w*|"
                        r"luft nach oben)",
            also=_ASKING + r"|\?",
            unless=_OWN_WORK + r"|\b(?:gelernt|lerne|lernte|weiß|wusste|kenne|kannte)\b"),
)
"""German requests for feedback, which a first reply keeps for its P.S."""
