"""German frames for complaints told rather than stated: the question, the story,
the irony, the doubt about the person hired, the expectation let down.

The frames in ``stance_de`` cross a topic with a judging word. A careful German
writer often leaves the judging word out and lets the shape carry it:

- a *question about the decision*, often verb-final or rhetorical ("Was genau
  hat dem Gremium an meiner Bewerbung gefehlt?", "Wozu drei Gespräche, wenn
  ...?"), or a wish to know put as a statement ("Mich würde interessieren,
  warum mein Profil als ungeeignet eingestuft wurde");
- a *story* in the passive ("Meine Referenzen wurden nicht einmal
  angerufen", "..., um dann mit zwei Zeilen abgespeist zu werden");
- *irony* ("Was für eine schöne Art, ...", "Dumm von mir, ...", "als
  Vergleichsmaßstab dienen durfte");
- the *person hired* with a lack or set against the writer ("Ihr neuer
  Ingenieur ... wissen Sie, wo Sie mich finden");
- an *expectation let down* in the Konjunktiv ("hätte ich eine persönliche
  Rückmeldung erwartet", "hätten mehr als zwei Sätze verdient").

Each frame crosses a class of topic words with a class of stance words and is
switched off when the clause reports the writer's own work or speaks of
others' feelings (``stance_de``'s own-work classes). Patterns are written with
umlauts and widened like every German frame.
"""

from __future__ import annotations

from .frames import Signal
from .stance_de import _HIRED, _MINE, _NOT_THEIRS, _OWN_DEEDS, _OWN_WORK, _signal

# -- reasons: a question or a wish to know about the decision ------------------------------

#: The decision and the writer's part in it, as a question's topic.
_DECIDED = (
    r"(?:\w*entscheid\w*|entschieden|grund|gründe\w*|begründ\w*|ausschlag\w*|kriteri\w*|"
    r"gremium\w*|auswahl\w*|absage\w*|abgesagt|abgelehnt|ablehnung|abzulehnen|"
    r"zurückgestellt|aussortiert|ausgewählt|genommen|eingestellt|eingeladen|"
    r"gefehlt|gereicht|falsch gemacht|gescheitert|weitergekommen|bewogen|ungeeignet|"
    r"(?:es|das) (?:\w+ )?(?:am|an der|an dem|an meinem|an meiner) \w+ lag|"
    r"mein\w* (?:\w+ )?(?:bewerbung|alter|gehalt\w*|erfahrung|profil|unterlagen|antworten|"
    r"lebenslauf|auftritt|leistung|akzent|herkunft|qualifikation\w*)|passt hervorragend|"
    r"passt gut)"
)
#: Asking words of a question, in any order German puts them.
_QUESTION_WORD = (r"\b(?:was|warum|weshalb|wieso|weswegen|wozu|wofür|woran|wie|welche\w*|wer|"
                  r"war es|lag es|können sie|könnten sie|hat|hatte|haben|ist|war)\b")
#: A wish or demand to know, put as a statement.
_ASK_TO_KNOW = (
    r"(?:(?:sagen|nennen|erklären|verraten|schildern|darlegen|mitteilen|schreiben) sie mir|"
    r"teilen sie mir (?:\w+ )?mit|mich würde (?:\w+ )?interessieren|mich interessiert|"
    r"ich (?:\w+ )?(?:möchte|will|müsste|muss|würde gern\w*|hätte gern\w*|wüsste gern\w*) "
    r"(?:\w+ ){0,3}?(?:wissen|erfahren|hören|verstehen|nachvollziehen)|"
    r"ich frage mich|ich bestehe darauf|versuche (?:zu verstehen|nachzuvollziehen)|"
    r"kann (?:\w+ )?nicht nachvollziehen|bestehe (?:\w+ )?auf|(?:ich wäre|wäre ich) (?:\w+ )?"
    r"dankbar für|steht mir (?:\w+ ){0,3}?(?:erklärung|begründung|antwort|rechenschaft)\w* zu|"
    r"(?:zu viel verlangt|zu viel gefragt)|ich verstehe (?:\w+ )?nicht)"
)
_WHAT_DECIDED = (
    r"(?:wie (?:jemand|man|ich|das gremium|dasselbe|sie|ihr \w+)|warum|weshalb|wieso|weswegen|"
    r"woran|was (?:\w+ ){0,4}?(?:bewogen|gefehlt|gestört|"
    r"ausschlag|falsch|gegen mich)|welche (?:\w+ )?(?:kriterien|anforderungen|punkte)|wie (?:\w+ )?"
    r"(?:die |ihre )?entscheidung|begründung|gründe|grund|darstellung|erklärung|"
    r"entscheidung)"
)
REASONS: tuple[Signal, ...] = (
    _signal("reasons", rf"\b{_DECIDED}\b[^?]*\?\W*$", also=_QUESTION_WORD,
            unless=_MINE + r"|\b(?:ähnliche\w*|künftige\w*|weitere\w*|andere\w*) (?:\w+ )?"
                           r"(?:stellen|positionen|rollen|ausschreibungen)\b"),
    _signal("reasons", rf"\b{_ASK_TO_KNOW}\b[^.?!]{{0,60}}\b{_WHAT_DECIDED}\b",
            also=r"\b(?:ich|mich|mir|mein\w*|entscheidung|absage|ablehnung|gremium)\b",
            unless=_OWN_WORK + r"|\b(?:ihr\w* team|ihre pläne|schiene|fracht\w*|tourendaten)\b"
                               r"|\b(?:eingeschätzt|bewertet|beurteilt|wahrgenommen|empfunden) "
                               r"haben\b"),
    _signal("reasons", r"\b(?:steht|stünde|stehen) mir (?:\w+ ){0,3}?(?:erklärung|begründung|"
                       r"antwort|rechenschaft|auskunft)\w* zu\b|\bich (?:\w+ )?(?:müsste|möchte|"
                       r"will|muss|brauche|erwarte|verlange|fordere) (?:\w+ ){0,3}?(?:die|eine|"
                       r"ihre) (?:\w+ )?(?:begründung|gründe|erklärung|rechtfertigung)\w*\b",
            unless=_OWN_WORK + r"|\b(?:danke|dank|dankbar)\b"),
)

# -- blame: a story of their side's neglect or unfair handling -------------------------------

_MY_FILE = (r"\bmein\w* (?:\w+ )?(?:referenzen|referenzgeber\w*|unterlagen|bewerbung|"
            r"lebenslauf|portfolio|arbeitsprobe\w*|zeugnisse?|fallstudie|antworten|test|"
            r"anschreiben|nachrichten|e-?mails?)\b")
_NEGLECTED = (r"(?:nicht einmal|nie|gar nicht|nicht|kaum|nicht mal) (?:\w+ ){0,2}?(?:angerufen|"
              r"kontaktiert|gelesen|geöffnet|geprüft|angesehen|angeschaut|beachtet|beantwortet|"
              r"berücksichtigt)")
_MISHANDLED = (
    r"(?:abgespeist|abgewimmelt|hingehalten|vertröstet|übergangen|abgekanzelt|ignoriert|"
    r"vorgeführt|abgestraft) zu werden|(?:ich|mich) (?:\w+ ){0,4}?(?:abgespeist|abgewimmelt|"
    r"hingehalten|vertröstet|übergangen|abgekanzelt) (?:worden|wurde|hat)|"
    r"(?:wurde|wurden) (?:ich|mir|meine\w*) (?:\w+ ){0,4}?(?:abgespeist|abgewimmelt|hingehalten|"
    r"vertröstet|übergangen|abgekanzelt|ignoriert|angekreidet|vorgeworfen|abgezogen)"
)
_WRONG_HANDS = (
    r"(?:bewertet|beurteilt|geprüft|korrigiert|benotet|gelesen) von jemandem|von jemandem"
    r"(?: \w+){0,2}? (?:bewertet|beurteilt|geprüft|korrigiert|benotet)|"
    r"jemand\w* (?:\w+ )?anderen? (?:\w+ )?im (?:auge|kopf|sinn)|"
    r"(?:angelegt|ausgelegt|gedacht|gemacht|konzipiert)(?:,? \w+){0,7}? (?:auszusortieren|"
    r"auszuschließen|auszusieben|abzuschrecken|hereinzulegen|aufs glatteis|vorzuführen)|"
    r"(?:mehr|eher) (?:für|auf|an) (?:mein\w*) (?:akzent|alter|aussehen|herkunft|namen|"
    r"geschlecht|dialekt|kleidung|gewicht|familie\w*|religion)|"
    r"(?:ganz )?andere\w* (?:kriterien|maßstäbe\w*|anforderungen|regeln) (?:\w+ ){0,3}?"
    r"(?:beurteilt|bewertet|gemessen|geprüft)|als (?:angekündigt|versprochen|vereinbart|"
    r"ausgeschrieben)\b|(?:plötzlich|nachträglich|kurzfristig|mittendrin|auf einmal) (?:\w+ )"
    r"{0,3}?(?:geändert|verschoben|umgestellt|ausgetauscht|verschärft)|"
    r"(?:reicht|genügt|reichen|genügen) (?:doch |wohl |kaum |einfach )?nicht,? um (?:\w+ ){0,6}?"
    r"zu (?:beurteilen|bewerten|erkennen|einschätzen|prüfen)|"
    r"(?:unterlagen|bewerbung|lebenslauf|dokumente) (?:\w+ ){0,3}?(?:verloren|verschlampt|"
    r"verlegt)|(?:verzögerung|schuld|fehler) (?:\w+ ){0,2}?(?:vorgeworfen|angelastet|"
    r"zugeschoben|in die schuhe geschoben)|"
    r"(?:schon|längst|bereits) (?:\w+ ){0,3}?(?:gefallen|feststand|fest stand|entschieden) "
    r"(?:war|hatte|worden)?\b[^.?!]{0,30}\b(?:gespräch|bewerbung|ich|mein\w*)|"
    r"(?:auf|in) (?:ihre|i_re|seine|das|die|ihr) (?:handys?|smartphones?|laptops?|bildschirme?)|"
    r"(?:nicht|nie|nicht mehr) (?:mehr )?gemeldet"
)
BLAME: tuple[Signal, ...] = (
    _signal("blame", rf"{_MY_FILE} (?:wurden|wurde|sind|ist) (?:\w+ ){{0,2}}?{_NEGLECTED}\b|"
                     rf"\b{_NEGLECTED}\b",
            also=r"\b(?:mein\w*|mich|mir)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS + r"|\b(?:ich|wir) (?:habe|hatte|haben)\b"),
    _signal("blame", rf"\b{_MISHANDLED}\b", unless=_MINE),
    _signal("blame", rf"\b{_WRONG_HANDS}\b", unless=_MINE + r"|\b(?:ich|wir) (?:\w+ ){0,3}?"
                                                            r"(?:habe|hatte|haben)\b"),
    _signal("blame", r"\b(?:niemand|keiner|kein mensch)\b[^.?!]{0,80}\b(?:gelesen|angesehen|"
                     r"angeschaut|geprüft|vorbereitet|zugehört|zurückgerufen|gemeldet)\b",
            unless=_MINE),
)

# -- bitterness: irony, self-mockery, warning others ----------------------------------------

_IRONIC = (r"(?:schön|nett|toll|wunderbar|großartig|effizient|reizend|herrlich|prima|"
           r"professionell|rücksichtsvoll|aufmerksam|freundlich|fair|lehrreich|spannend)\w*")
IRONY: tuple[Signal, ...] = (
    _signal("bitterness",
            rf"\bwas für (?:ein\w* )?(?:\w+ )?{_IRONIC} (?:art|weise|erfahrung|lektion|ende|"
            rf"abschluss|umgang|empfang|vorführung)\b|\bwie {_IRONIC}\W*$|"
            rf"\b(?:muss|müsste|mag) (?:\w+ )?(?:schön|nett|angenehm|toll|herrlich|bequem) sein\b|"
            r"\b(?:dumm|naiv|töricht|blöd|einfältig) von mir\b|\bals kompliment\b|"
            r"\bals (?:vergleichsmaßstab|maßstab|lückenbüßer\w*|notnagel|platzhalter\w*|reserve|"
            r"alibi\w*|versuchskaninchen|statist\w*|messlatte|zählkandidat\w*) (?:\w+ )?(?:dienen|"
            r"gedient|herhalten|herhalten durfte|dienen durfte)\b|"
            r"\b(?:danke|vielen dank|herzlichen dank) für (?:die|diese|den|diesen|das) (?:\w+ )?"
            r"(?:lektion|vorführung|lehrstunde|demonstration|lehre|anschauungsunterricht)\b|"
            r"\b(?:das|die|den)(?: sein)?,? was (?:sie|ihr) verdien\w*\b|"
            r"\bwas (?:sie|ihr) verdient (?:haben|habt)\b|"
            r"\b(?:anderen|künftigen|allen) (?:\w+ )?(?:bewerber\w*|kandidat\w*|kolleg\w*|"
            r"leuten|menschen|interessent\w*) (?:\w+ ){0,7}?(?:berichten|erzählen|warnen|abraten|"
            r"weitersagen|weitergeben|mitteilen)\b|"
            r"\b(?:komisch|witzig|lustig|seltsam|merkwürdig),? (?:wie|dass)\b|"
            r"\b(?:die mühe|das geld|das warten|den aufwand|die zeit) (?:\w+ )?wert\b|"
            r"\bbekommt (?:\w+)?,? ?(?:\w+ )?was (?:er|sie|man) (?:\w+ )?(?:bezahlt|"
            r"verdient)\b|\bnichts für ungut,? aber\b|"
            r"\bverschwendet\w* (?:\w+ )?(?:monat|woche|wochen|tag|tage|zeit|abend\w*|urlaub\w*)\b|"
            r"\b(?:freuen|begeistert|glücklich)\b[^.?!]{0,30}\b(?:einsparung|ersparnis|"
            r"billiger\w*|günstiger\w*)\b|\b(?:einsparung|ersparnis)\w*\b[^.?!]{0,30}\b(?:freuen|"
            r"begeistert|glücklich)\b|"
            r"\bjemand\w*,? (?:der|die) (?:meine \w+|mich|erfahrung|qualität) (?:\w+ )?"
            r"(?:zu schätzen weiß|schätzt|würdigt)\b",
            unless=_OWN_DEEDS + r"|\b(?:kunden|kundinnen|fahrer\w*|nutzer\w*)\b"),
    _signal("bitterness", r"\b(?:offenbar|anscheinend|scheinbar|wohl|heutzutage|heute)\b[^.?!]"
                          r"{0,50}\b(?:nachteil|makel|hindernis|kein\w* (?:\w+ )?gefragt\w*|nicht "
                          r"(?:mehr )?(?:viel )?wert|nichts (?:mehr )?wert|wenig wert|nicht "
                          r"(?:mehr )?gefragt|zählt (?:\w+ )?nicht|zählt wenig)\b",
            also=r"\b(?:erfahrung|vorbereitung|loyalität|treue|qualität|eigenschaft|jahre|"
                 r"können|kompetenz|leistung|bei ihnen|heutzutage)\b",
            unless=_OWN_WORK),
)

# -- comparison: the person hired with a lack, or set against the writer --------------------

_THE_HIRE = (
    _HIRED[:-1] + r"|(?:ihr\w*|der|die|den|dem|eure?\w*) neu\w* \w+|(?:stelle|position|job|"
    r"zusage|rolle) ging an|ging (?:die|der) (?:stelle|position|job|zusage|rolle) an|"
    r"berufsanfänger\w*|berufseinsteiger\w*|absolvent\w*|(?:ihr\w*|eure?\w*|deine?\w*) wahl|"
    r"(?:der|die|den|dem) (?:anderen?|erfolgreichen?|ausgewählten?) finalist\w*|gegen "
    r"(?:jemanden|ihn|sie|eine\w*) (?:\w+ )?(?:zu )?verl(?:ieren|oren))"
)
_LACK = (
    r"(?:ohne (?:jede |jegliche |nennenswerte |eigene )?(?:erfahrung|praxis|ahnung|kenntnis\w*)|"
    r"erst (?:letztes|vergangenes|dieses|im letzten) jahr|abschluss gemacht|"
    r"noch nie|nie (?:\w+ ){0,3}?(?:verantwortet|geführt|geleitet|gemacht|gearbeitet)|"
    r"nicht (?:\w+ )?(?:zurechtkommt|weiterkommt|klarkommt|zurechtkommen|weiterkommen)|"
    r"wo sie mich finden|bin ich (?:\w+ )?(?:noch |immer noch )?(?:da|verfügbar|erreichbar)|"
    r"(?:so|ebenso|genauso|halb so) (?:\w+ ){0,2}?wie ich|als ich\b|ohne meine|"
    r"mag (?:\w+ ){0,2}?(?:sein|wirken),? aber|wirklich (?:stärker|besser)|oder nur "
    r"(?:günstiger|billiger|jünger)|übertrifft|übertreffen|mithalten|\w+ere\w* (?:\w+ ){0,4}?als "
    r"(?:mit )?(?:die|der|den|dem|ich|mir|mich)|einarbeitung|gekonnt hätte|"
    r"hätte (?:\w+ ){0,3}?gebraucht|sicherere\w*)"
)
HIRE_DOUBTED: tuple[Signal, ...] = (
    # the role gone to a beginner, with the writer's wonder: "ging die Stelle an einen
    # Berufsanfänger, was mich bei meiner Erfahrung schon wundert"
    _signal("comparison", r"\b(?:an|für) (?:einen|eine|den|die) (?:\w+ )?(?:berufsanfänger\w*|"
                          r"absolvent\w*|quereinsteiger\w*|jüngere\w*|praktikant\w*|"
                          r"anfänger\w*|neuling\w*)\b",
            also=r"\b(?:wundert|erstaunt|verwundert|überrascht|wunder\w*|meiner erfahrung|"
                 r"ging|vergeben)\b",
            unless=_OWN_WORK + r"|\b(?:kunde|kunden|schulung\w*|kurs\w*|leitfaden)\b"),
    # the writer ranked above the person hired, in a comparative: "qualifizierter als die
    # Person, die die Stelle bekommen hat", "der stärkere Bewerber", "mehr Fachwissen als Ihr
    # Wunschkandidat", "so viele Projekte ... wie ich", "mit meiner Erfahrung mitzuhalten"
    _signal("comparison", r"\b(?:ich|mir|mich)\b[^.?!]{0,40}\b\w{3,}(?:er|ere|erer) als (?:die|der|"
                          r"den|ihr\w*|eure?\w*) (?:\w+ )?(?:person|kandidat\w*|bewerber\w*|"
                          r"wunschkandidat\w*|frau|herr\w*|mann|neue\w*|stelleninhaber\w*)\b"
                          r"|\bmehr \w+ (?:\w+ ){0,3}?als (?:ihr|der|die|eure?) (?:\w+ )?"
                          r"\w*(?:kandidat|bewerber)\w*\b"
                          r"|\b(?:so|genauso|ebenso) (?:viel\w*|gut|schnell) (?:\w+ ){0,4}?"
                          r"(?:wie ich|wie mir)\b"
                          r"|\bmit (?:meiner|meinen|meinem|mir)\b[^.?!]{0,30}\bmit(?:zu)?halten\b",
            also=r"\b(?:\w*kandidat\w*|\w*bewerber\w*|stelleninhaber\w*|nachfolger\w*|"
                 r"ausgewählt\w*|eingestellt\w*|gewählt\w*|genommen|bekommen|vorgezogen|"
                 r"(?:ihr\w*|eure?\w*|der|die|den|dem) neue[nrs]?)\b",
            unless=_OWN_WORK + r"|\b(?:kunde|kunden|vorjahr|vorgänger\w*|standort\w*)\b"),
    _signal("comparison", r"\b(?:war|bin) ich (?:\w+ )?(?:der|die) (?:stärkere|bessere|"
                          r"geeignetere|qualifiziertere|erfahrenere)\w* (?:bewerber\w*|"
                          r"kandidat\w*)\b"),
    _signal("comparison", rf"\b{_THE_HIRE}\b", also=rf"\b{_LACK}",
            unless=_OWN_WORK + r"|\bmein\w* \w*(?:programm|projekt|konzept|kurs|schulung)\w*"
                               # newcomers in general: "die Einarbeitung neuer Kolleginnen"
                               r"|\b(?:einarbeitung|schulung|onboarding|betreuung|ausbildung|"
                               r"begleitung|förderung|gewinnung|integration|anleitung) (?:\w+ )?"
                               r"neue[rn]? \w+"
                               r"|\b(?:wünsche|freut mich)\b[^.?!]{0,40}\b(?:erfolg|alles "
                               r"gute)\b"),
    _signal("comparison", r"\b(?:jahre|erfahrung|berufserfahrung|bilanz|ergebnisse|leistung\w*|"
                          r"praxis)\b[^.?!]{0,40}\b(?:mehr (?:\w+ )?zählen|mehr wert|schwerer "
                          r"wiegen|mehr gewicht)\w* (?:\w+ )?als\b", unless=_OWN_WORK),
)

# -- expected better: what a company like theirs would do --------------------------------------

_DECENCY = (r"(?:mehr|besser\w*|etwas|wenigstens|zumindest|persönlich\w*|höflich\w*|"
            r"respekt\w*|sorgfalt|anruf|rückmeldung|antwort|wertschätzung|durchdacht\w*|"
            r"professionalität|anstand|fairness)")
LET_DOWN: tuple[Signal, ...] = (
    _signal("expected-better",
            r"\b(?:ich hätte|hätte ich|wir hätten|hätten wir)\b[^.?!]{0,60}?\b(?:erwartet|"
            r"erhofft|gewünscht|vorgestellt)\b",
            also=rf"\b{_DECENCY}\b",
            unless=_OWN_WORK + r"|\b(?:monate|wochen|migration|projekt|pilot|ergebnis\w*|"
                               r"schneller|länger|von mein\w*|kunde\w*|kundin\w*)\b"),
    _signal("expected-better",
            r"\b(?:dachte|glaubte|nahm an|ging davon aus|war davon ausgegangen|hatte angenommen|"
            r"hatte gedacht)\b[^.?!]{0,80}\b(?:würde|würden|wird|werde|werden|anruft|anrufen|"
            r"meldet|melden|behandelt|antwortet)\b",
            also=r"\b(?:ihr\w*|unternehmen|firma|arbeitgeber|haus|team|sie|finalist\w*|"
                 r"bewerber\w*)\b",
            unless=_OWN_WORK + r"|\b(?:kunden|fahrer\w*|nutzer\w*)\b"),
    _signal("expected-better",
            r"\benttäusch\w*,? (?:\w+ ){0,2}?(?:wie|dass|von der art|über die art|über den umgang|"
            r"vom umgang)\b[^.?!]{0,60}\b(?:verfahren|ablauf|abgelaufen|umgang|absage|behandlung|"
            r"kommunikation|niemand|keiner|sorgfalt|zeit|anruf|gemeldet|behandelt)\w*",
            unless=_OWN_WORK),
    _signal("expected-better",
            r"\bnicht (?:die|das|der|den) (?:\w+ )?\w+,? (?:die|das|den|der) (?:ich|man|sie|ihr\w*)"
            r" (?:\w+ ){0,4}?(?:verbinde\w*|erwarte\w*|beschreib\w*|versprech\w*|verspricht|"
            r"propagier\w*|bewirb\w*|bewirbt)\b|"
            r"\b(?:könnte|könnten|sollte|sollten) (?:\w+ ){0,5}?besser (?:umgehen|behandeln|"
            r"kommunizieren|machen)\b|\bhinter (?:dem|den|meinen|ihren|allem) (?:\w+ ){0,6}?"
            r"zurück\b|\b(?:verspricht|versprochen|versprechen|wirbt|beschreibt)\b[^.?!]{0,40}"
            r"\b(?:ernüchternd|enttäuschend|dürftig|mager)\b|"
            r"\b(?:hätten|hätte|hat|haben) (?:\w+ ){0,3}?(?:mehr|etwas besseres|besseres|eine "
            r"persönliche\w*) (?:\w+ ){0,4}?verdient\b|"
            r"\b(?:sollten|sollte) es (?:\w+ )?besser wissen\b|\b(?:gerade|ausgerechnet) sie\b|"
            r"\benttäuschend,? dass\b[^.?!]{0,40}\b(?:niemand|keiner|sie|man|ihr\w*)\b|"
            r"\b(?:ruf|leitbild|werten|versprechen|anspruch|image|namen|niveau)\b (?:\w+ )?"
            r"nicht gerecht\b|\bnicht gerecht geworden\b|"
            r"\b(?:hatte|hätte) (?:sie|ihr unternehmen|ihre firma|euch) für (?:ein|einen|eine) "
            r"(?:\w+ ){0,2}?(?:arbeitgeber\w*|unternehmen|firma|haus) gehalten\b|"
            r"\bnicht dem (?:\w+ )?(?:niveau|standard|anspruch|qualität|ruf)\w* (?:ihrer|ihres|"
            r"ihren)\b",
            unless=_OWN_WORK + r"|\b(?:kunden|fahrer\w*|nutzer\w*)\b"),
)

# -- broad frames: their side with a turn for the worse, irony around the rejection ----------

_ACTOR = (
    r"(?:sie|man (?:hat|hatte|habe|ließ|wollte)|niemand|keiner|jemand (?:aus|bei|von|in) "
    r"(?:ihrer|ihnen|ihrem|ihren)|(?:die|der) (?:person|dame|herr|frau|mann|mensch),? (?:die|der) "
    r"mich|(?:ein|eine) (?:mitglied|interviewer\w*|teilnehmer\w*|gesprächspartner\w*)|"
    r"ihr\w* (?:\w+ )?(?:team|recruiter\w*|personal\w*|interviewer\w*|gremium|plattform|system|"
    r"anzeige|einladung|abteilung|haus|unternehmen|firma|leute|kolleg\w*)|(?:der|die|das|den) "
    r"(?:\w+ )?(?:personaler\w*|vorsitzende\w*|interviewer\w*|gesprächspartner\w*|"
    r"recruiter\w*|personalabteilung|team|gremium|\w*plattform|anzeige|system|einladung|"
    r"leiter\w*|\w*leiterin|chef\w*|hr|kommission|jury))"
)
_TURN = (
    r"(?:nicht|nie|niemals|kein\w*|nichts|statt|stattdessen|trotzdem|plötzlich|erst nach|"
    r"bereits|schon vergeben|als sähe|als hätte|als ob|als wäre|gelöscht|verlassen|abgestürzt|"
    r"umterminiert|verschoben|ohne|falsch\w*|untereinander|formsache|zu spät|verloren|"
    r"vergessen|anderen bewerber|vorgelesen|zum ersten mal|abgesagt|an einen anderen|die ganze "
    r"zeit|nichts wissen|bestritten|widersprochen)"
)
_GOOD_FAITH = (
    r"\b(?:freundlich\w*|herzlich\w*|geduldig\w*|hilfsbereit\w*|klar|schnell\w*|fair\w*|"
    r"offen|offenheit|ehrlich\w*|dank\w*|geschätzt|gefreut|freude|beeindruck\w*|gefallen|verstehe|"
    r"weiß|respektiere|wertschätz\w*|ähnliche\w* (?:stellen|positionen)|unterbrochen|gedrängt|"
    r"gehetzt|genug zeit|bedaure|zu können|zu dürfen|könnten sie|würden sie|können sie|"
    r"wären sie|hätten sie)\b"
)
_PRAISE_IRONIC = (
    r"(?:großartig|beruhigend|toll|wunderbar|reizend|nett|herrlich|geschmeichelt|"
    r"aufmerksam|glückwunsch|gratuliere|freut mich|freue mich für sie|welch|nichts sagt|einrahmen|"
    r"mir war nicht klar|wer hätte gedacht)"
)
_AGAINST_ME = (
    r"(?:absage|abgelehnt|abzulehnen|ablehnung|nicht wert|ging an|an jemanden|günstiger als "
    r"ich|billiger als ich|automatisch\w*|serienbrief|standardmail|unsigniert\w*|\w*quote|"
    r"runden|nachteil|beziehungen|im selben satz|helfen konnte|mehr zählt|mehr zählen|mehr wert|"
    r"günstiger\w*|billiger\w*)"
)
_SINCERE = (r"\b(?:trotzdem|dennoch|obwohl|auch wenn|aber ich|danke für ihre zeit|bin (?:ihnen )?"
            r"dankbar|herzlichen dank|vielen dank)\b")
#: The writer's own deed in the perfect, the finite verb next to "ich": "habe ich bereits für
#: zwei Landkreise gearbeitet". No comma between, so "ich habe gehört, dass Sie ..." is not it.
_WRITER_PERFECT = (r"\b(?:habe|hatte) ich\b[^.?!,]{0,80}\bge\w{3,}(?:t|en)\b"
                   r"|\bich (?:habe|hatte)\b[^.?!,]{0,80}\bge\w{3,}(?:t|en)\b")
BROAD: tuple[Signal, ...] = (
    _signal("blame", rf"\b{_ACTOR}\b[^.?!]{{0,80}}\b{_TURN}\b",
            also=r"\b(?:ich|mich|mir|mein\w*)\b|\b(?:runde|gespräch|stunde|termin|zeit)\b",
            unless=_OWN_DEEDS + "|" + _NOT_THEIRS + "|" + _GOOD_FAITH + "|" + _WRITER_PERFECT
                   + r"|\bliegen?\b[^.?!]{0,60}\bvor\b"),
    _signal("blame", r"\b(?:zugesagt|versprochen|angekündigt|hieß es|stand|zusage)\b[^.?!]{0,60}"
                     r"\b(?:erst nach|nach sieben|nie|nicht|keine rede|plötzlich|stattdessen)\b",
            also=r"\b(?:ich|mich|mir|mein\w*|gespräch)\b",
            unless=_OWN_DEEDS + "|" + _GOOD_FAITH),
    _signal("blame", r"\b(?:statt|anstatt) (?:\w+ ){0,3}?(?:musste|sollte|wurde) ich\b|"
                     r"\bals formsache\b|\b(?:entpuppte|entpuppt|herausstellte|herausgestellt)\b|"
                     r"\bzu keinem zeitpunkt\b|\b(?:nicht )?ein einziges mal\b|"
                     r"\bmit keinem wort\b|\bam (?:selben|gleichen) (?:tag|nachmittag|morgen|abend|"
                     r"vormittag)\b[^.?!]{0,40}\b(?:gesagt|geschrieben|versprochen|angekündigt)\b|"
                     r"\b(?:gespräch|termin|runde|interview|test)\w* (?:wurde|wurden) "
                     r"(?:\w+ ){0,2}?"
                     r"(?:verlegt|verschoben|abgesagt|umterminiert|gekürzt)\b[^.?!]{0,40}\b(?:mal|"
                     r"wieder|kurzfristig|morgen|tag)\b|"
                     r"\bmein\w* \w+ (?:\w+ ){0,3}?(?:wurden|wurde) (?:\w+ ){0,4}?(?:abgetan|"
                     r"abgewimmelt|übergangen|ignoriert|abgebügelt|weggewischt|überhört)\b",
            unless=_OWN_DEEDS + "|" + _GOOD_FAITH),
    _signal("bitterness", rf"^\W*schön, (?:dass|zu)\b[^.?!]{{0,90}}\b{_AGAINST_ME}\b|"
                          rf"\b{_PRAISE_IRONIC}\b[^.?!]{{0,90}}\b{_AGAINST_ME}\b|"
                          rf"\b{_AGAINST_ME}\b[^.?!]{{0,40}}\b{_PRAISE_IRONIC}\b",
            unless=_OWN_DEEDS + "|" + _SINCERE),
    _signal("bitterness", r"\b(?:sicher|bestimmt|gewiss)\b[^.?!]{0,30}\b(?:schwierig|schwer|"
                          r"sorgfältig|gründlich)\w*\b[^.?!]{0,40}\b(?:in weniger als|innerhalb|"
                          r"minuten|so schnell|über nacht)\b|"
                          r"\bgelernt,? wie (?:sie|ihr \w+) mit (?:menschen|bewerber\w*|leuten|"
                          r"kandidat\w*) umgeh\w*|"
                          r"\b(?:nächsten mal|künftig|in zukunft)\b[^.?!]{0,30}\b(?:weniger|jünger|"
                          r"billiger|günstiger|schlechter)\b|"
                          r"\b(?:immerhin|wenigstens)\b[^.?!]{0,20}\b(?:absage|antwort|nein)\b"
                          r"[^.?!]{0,30}\b(?:schneller|pünktlich|prompt)\b|"
                          r"\bso (?:denkwürdig|unvergesslich|besonder|einzigartig|lehrreich)\w* "
                          r"(?:verfahren|erlebnis|gespräch|prozess)\b|"
                          r"\b(?:falls|wenn) es (?:denn |überhaupt )?welche gibt\b|"
                          r"\bnur (?:eben |halt )?nicht (?:bei|für|gegenüber) (?:bewerber\w*|mir|"
                          r"menschen|kandidat\w*|finalist\w*)\b|\bals lehrgeld\b|"
                          r"\b(?:die|das) mir niemand (?:zurückgibt|ersetzt|"
                          r"wiedergibt)\b|\bwelch (?:hohe|strenge|erlesene) (?:ansprüche|"
                          r"maßstäbe)\b", unless=_OWN_DEEDS),
    _signal("expected-better",
            r"\b(?:erwartet|erhofft|gehofft|gedacht|ausgegangen|erwartungen|meinung)\b[^.?!]{0,60}"
            r"\b(?:persönlich\w*|telefon|anruf\w*|höflichkeit|wort|besser\w*|informiert|respekt|"
            r"sorgfalt|wenigstens|zumindest|umgang)\b|\b(?:persönlich\w*|höflichkeit|respekt|"
            r"sorgfalt)\b[^.?!]{0,40}\b(?:erwartet|erhofft|gehofft)\b",
            also=r"\b(?:ihr\w*|unternehmen|arbeitgeber|haus|team|sie|finalist\w*|runden|"
                 r"gesprächen)\b",
            unless=_OWN_WORK + r"|\bals (?:erhofft|erwartet|gedacht|gehofft)\b|\b(?:kunde\w*|"
                               r"zeitlich|wege)\b"),
    _signal("expected-better",
            r"\b(?:passte|passt|entsprach|entspricht) (?:\w+ )?nicht (?:zu|zur|zum|dem|der)\b|"
            r"\b(?:hat|haben|hätte) doch (?:die|genug|alle) (?:mittel|zeit|leute|ressourcen)\b|"
            r"\bunter (?:dem|jedem) (?:\w+ )?(?:niveau|standard)\b|\bfür (?:einen|ein|eine) "
            r"(?:\w+ )?(?:arbeitgeber|unternehmen|firma|haus),? (?:der|die|das) (?:so viel|"
            r"ständig|gern|immer|viel) von\b|\b(?:hätte|hatte) (?:ich )?nie gedacht,? dass "
            r"(?:sie|ihr|man)\b|\berwartungen an ihr\w*\b|\bbessere meinung von\b|"
            r"\b(?:geglaubt|gedacht|angenommen)\b[^.?!]{0,80}\b(?:\w+iger|besser|respektvoller|"
            r"persönlicher|höflicher)\b|\b(?:wenigstens|zumindest)\b[^.?!]{0,30}\b(?:anruf|"
            r"antwort|rückmeldung|wort)\w* (?:zu )?(?:bekommen|erhalten)\b|"
            r"\bso (?:herzlich|freundlich|warm|nett|begeistert|positiv)\b[^.?!]{0,60}\bso\b"
            r"[^.?!]{0,40}\b(?:funkstille|absage|schweigen|stille|überrascht)\b|"
            r"\b(?:versprochen|zugesagt)\b[^.?!]{0,40}\b(?:wenig|nichts) (?:\w+ )?(?:gemerkt|"
            r"gesehen|gespürt)\b|\bso stolz auf (?:seine|ihre|die) (?:werte|kultur)\b|"
            r"\b(?:hätte|hatte) (?:ich )?erwartet,? dass (?:sie|die|der|ihr\w*|man)\b|"
            r"\bmehr (?:erwarten|verdient|verdienen) als\b",
            unless=_OWN_WORK + r"|\b(?:kunde\w*)\b"),
    _signal("comparison", rf"\b{_THE_HIRE}\b",
            also=r"\b(?:aber ich|doch ich|was ich (?:\w+ )?(?:längst|schon|bereits)? ?(?:kann|weiß"
                 r"|habe|kenne)|die ich|wäre ich|voraus\w*|je (?:ein|eine|einen)|schon einmal|"
                 r"mehr gezählt|halb so viel|mühsam|wie lange|mal sehen|schnell merken|"
                 r"mit (?:der|dem) ihres|sofort|wird spannend|wird interessant|wird lehrreich|"
                 r"etwas anderes|andere sache|als mein\w*|mich (?:\w+ )?(?:anrufen|fragen|"
                 r"kontaktieren)|heran\w*|bruchteil|bekannt\w*|aufholen|ersten tag|hätte "
                 r"(?:\w+ ){0,4}?können)\b",
            unless=_OWN_DEEDS + r"|\b(?:wünsche|viel erfolg|alles gute|freude|herzlich\w*)\b"),
    _signal("reasons", r"\b(?:ich|mich|mir|mein\w*)\b[^?]*\b(?:sie|gremium|gespräch\w*|runde|"
                       r"bewerbung|absage|antwort|stelle)\b[^?]*\?\W*$|\b(?:sie|gremium|"
                       r"gespräch\w*|runde|bewerbung|absage|antwort)\b[^?]*\b(?:ich|mich|mir|"
                       r"mein\w*)\b[^?]*\?\W*$",
            unless=_OWN_WORK + r"|\b(?:ähnliche\w*|künftige\w*|weitere\w*) (?:\w+ )?(?:stellen|"
                               r"positionen)\b|\b(?:kontakt|kaffee|vormerken|erinnerung|"
                               r"linkedin|vernetzen|einschätzung|überzeugt|stärken|verbessern|"
                               r"rückmeldung|feedback|hinweise?|dankbar)\b"),
    _signal("reasons", r"\b(?:warum|weshalb|wieso|weswegen)\b[^?]*\b(?:ich|mich|mir|mein\w*)\b"
                       r"[^?]*\?\W*$|\bich hätte gern\w* (?:eine|die) (?:\w+ )?(?:antwort|"
                       r"erklärung|begründung)\b",
            unless=_OWN_WORK + r"|\b(?:ähnliche\w*|künftige\w*) (?:\w+ )?(?:stellen|"
                               r"positionen)\b"),
    _signal("reasons", r"\b(?:frage mich|muss ich wissen|muss (?:\w+ )?wissen|will wissen|recht "
                       r"darauf|schulden (?:mir|uns|den bewerbern|bewerbern|den kandidaten)|"
                       r"bitte um)\b[^.?!]{0,60}\b(?:was|warum|womit|woran|wie|"
                       r"gründe|kriterien|umriss|erklärung|antwort|begründung)\b",
            unless=_OWN_WORK + r"|\b(?:ihr\w* team|ihre pläne|schiene|fracht\w*)\b"),
)
