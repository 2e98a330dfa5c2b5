"""German frames for the tone and feedback readers, written for German sentences.

German is not a translation of the English list: the verb goes to the end of a
subordinate clause ("..., weil Sie mich nicht genommen haben"), the addressee
is "Sie", requests come in the Konjunktiv ("Könnten Sie ... noch einmal
prüfen?"), and complaints hide in compounds ("Fehlentscheidung",
"Auswahlverfahren"). Patterns are written for the plain form (see ``reading``).
"""

from __future__ import annotations

from .frames import Signal

_DE_OWN_WORK = (
    r"\b(?:ich|wir|mein team|unser team)\b[^.?!]{0,100}\b(?:gefunden|behoben|gesenkt|reduziert|"
    r"verwandelt|entwickelt|gebaut|aufgebaut|eingefuhrt|geleitet|gefuhrt|korrigiert|abgeschafft|"
    r"geschrieben|verbessert|beruhigt|gelost|halbiert|automatisiert|optimiert|verhandelt|"
    r"geschult|trainiert|analysiert|ausgewertet|untersucht|modelliert|erstellt|umgesetzt|"
    r"zusammengelegt|vermieden|verhindert|aufgedeckt|entdeckt|erkannt|betreut|gelernt|"
    r"gewonnen|zuruckgewonnen|ersetzt|bereinigt|gepruft)\b"
    r"|\bmein(?:e|em|er)? (?:vortrag|arbeit|projekt|team|abschlussarbeit|studie|forschung|"
    r"artikel|buch|modell|bericht|analyse)\b"
)
_DE_DECISION = (r"(?:(?:ihre|die|diese|eine|ihre getroffene) (?:\w+ )?(?:entscheidung|absage|"
                r"wahl|auswahl|ablehnung)|mich abzulehnen|mich nicht (?:zu nehmen|einzustellen|"
                r"auszuwahlen)|die stelle anderweitig zu besetzen)")
_DE_VERDICT = (r"(?:falsch|ein (?:\w+ )?fehler|fehlerhaft|unverstandlich|nicht nachvollziehbar|"
               r"ungerecht|unfair|ein witz|eine frechheit|lacherlich|absurd|kurzsichtig|"
               r"voreilig|unprofessionell|skandalos|eine zumutung|unverschamt|willkurlich|ein "
               r"schlag ins gesicht)")
_DE_ABOUT_ME = (r"\b(?:ich|mich|mir|meine)\b[^.?!]{0,60}(?:\bnicht\b|\bkein\w*|abgelehnt|"
                r"abgesagt|gegen mich|\banderen?\b|ausgewahlt|genommen|eingestellt|entschieden|"
                r"bekommen)|\b(?:nicht|abgelehnt|abgesagt|gegen mich|anderen?)\b[^.?!]{0,40}"
                r"\b(?:ich|mich|mir)\b|\bsie (?:sich )?(?:\w+ ){0,3}(?:entschieden|ausgewahlt|"
                r"genommen|eingestellt|abgelehnt)")
_DE_DEMAND = (r"\b(?:ich (?:mochte|will|muss|wurde gerne?)(?: \w+)? (?:wissen|verstehen|"
              r"erfahren)|erklaren sie(?: mir)?|sagen sie mir|nennen sie mir|begrunden sie)\b")
_DE_HIRED = (r"(?:wer auch immer|wen auch immer|wer immer|die person,? die sie|den (?:\w+ )?"
             r"(?:bewerber|kandidaten),? den sie|die (?:\w+ )?(?:bewerberin|kandidatin),? die sie|"
             r"(?:der|die|den|dem) (?:andere|anderen|ausgewahlte|ausgewahlten|erfolgreiche|"
             r"erfolgreichen|neue|neuen|gewahlte|gewahlten) (?:bewerber|bewerberin|kandidat|"
             r"kandidatin|kandidaten|kollege|kollegin|kollegen|person|mitarbeiter\w*)|"
             r"jemand(?:en)? (?:anderen|anders)|ihr(?:e|en)? neue[nr]? (?:kollege|kollegin|"
             r"mitarbeiter\w*))")
_DE_BETTER = (r"(?:besser|hoher|starker|mehr|deutlich besser|weit besser|viel besser) "
              r"qualifiziert|das wasser|nicht (?:\w+ )?mithalten|nicht annahernd|weniger "
              r"(?:erfahrung|qualifiziert|kompetent)|als ich\b|(?:nie|nicht) so gut|uberlegen|"
              r"mehr erfahrung als|kann(?: \w+){0,3} nicht (?:das|mit)")
_DE_REQUEST = (r"\b(?:wurde mich|ware ich|waren|bitte|konnten sie|wurden sie|konnen sie|teilen "
               r"sie|geben sie|sagen sie|dankbar|freuen|freue)\b")

_DE: tuple[Signal, ...] = (
    Signal("arguing", rf"\b{_DE_DECISION}\b[^.?!]{{0,40}}\b{_DE_VERDICT}\b",
           unless=_DE_OWN_WORK),
    Signal("arguing", r"\b(?:falsche|fragwurdige|ungerechte|unfaire|voreilige|kurzsichtige|"
                      r"schlechte) (?:entscheidung|wahl|absage)\b|\bfehlentscheidung\w*"),
    Signal("arguing", r"\bsie (?:\w+ )?(?:machen|haben|begehen|begingen|machten)(?: \w+){0,2}? "
                      r"(?:einen|da einen|hier einen) (?:\w+ )?fehler\b|\b(?:sie haben|haben sie)"
                      r" (?:sich )?(?:\w+ )?falsch entschieden\b|\b(?:es|das) (?:war|ist|ware) "
                      r"(?:ein )?(?:\w+ )?fehler,? (?:mich|mir|sich gegen mich)\b"),
    Signal("arguing", r"\b(?:das|dies|es) (?:war|ist|ware)(?: \w+)? (?:ein )?(?:\w+ )?fehler\b",
           also=r"\b(?:wahl|entscheidung|absage|ablehnung|mich|sie)\b", unless=_DE_OWN_WORK),
    Signal("arguing", r"\bich (?:war|bin)(?: \w+){0,2}? (?:der|die) (?:beste|starkste|"
                      r"qualifizierteste|geeignetste|passendste)\w* (?:kandidat|bewerber|person|"
                      r"wahl)\w*|\bich (?:hatte|habe)(?: \w+){0,3}? verdient\b"),
    Signal("arguing", r"\bich (?:verstehe|begreife) (?:\w+ )?nicht,? (?:wie|warum|weshalb|wieso) "
                      r"(?:sie|man)\b[^.?!]{0,50}\b(?:gegen mich|mich|ablehnen|abgelehnt|"
                      r"entscheiden|entschieden)\b|\bich (?:akzeptiere|respektiere|verstehe) "
                      r"(?:ihre|diese|die) (?:entscheidung|absage) nicht\b|\bnicht "
                      r"nachvollziehbar\b"),
    Signal("revisit", r"\b(?:uberdenk\w*|revidier\w*|umentscheid\w*|ruckgangig|noch (?:ein(?:mal)?"
                      r"|mal)(?: \w+)? (?:prufen|uberlegen|ansehen|betrachten|durchdenken|bewerten)"
                      r"|erneut(?: \w+)? (?:prufen|uberlegen|ansehen|bewerten)|neu (?:bewerten|"
                      r"entscheiden|uberlegen|prufen)|anders(?: \w+)? (?:entscheiden|uberlegen))\b",
           also=r"\b(?:entscheidung|absage|bewerbung|kandidatur|mich|ihre meinung|bitte|"
                r"konnen sie|konnten sie|wurden sie|mochten sie|vielleicht)\b",
           unless=_DE_OWN_WORK),
    Signal("revisit", r"\bumstimm\w*|\bihre meinung (?:\w+ )?andern\b|\b(?:ist|war) (?:die|ihre|"
                      r"diese) entscheidung (?:wirklich |schon |tatsachlich )?endgultig\b"),
    Signal("reasons", r"\b(?:warum|weshalb|wieso|aus welchem grund)\b[^.!]{0,120}\?",
           also=_DE_ABOUT_ME),
    Signal("reasons", rf"{_DE_DEMAND}[^.?!]{{0,10}}\b(?:warum|weshalb|wieso|aus welchem grund)\b",
           also=_DE_ABOUT_ME),
    Signal("reasons", r"\bich (?:verlange|erwarte|fordere|bestehe auf)\b[^.?!]{0,20}\b(?:"
                      r"begrundung|erklarung|antwort|rechtfertigung|grunde)\b|\bich habe (?:ein "
                      r"recht|einen anspruch|anspruch) auf (?:eine )?(?:begrundung|erklarung|"
                      r"antwort)\b"),
    Signal("comparison", rf"\b{_DE_HIRED}\b", also=_DE_BETTER),
    Signal("comparison", r"\bich bin(?: \w+){0,2}? (?:besser|hoher|starker) qualifiziert als\b"),
    Signal("concession", r"\b(?:geringer|niedriger|weniger|kleiner|reduziert)\w* (?:\w+ )?(?:"
                         r"gehalt|lohn|verdienst|bezahlung|vergutung|einstiegsgehalt|stundensatz|"
                         r"tagessatz)\b|\bfur weniger (?:geld|gehalt|lohn)\b|\bauf(?: \w+){0,3} "
                         r"(?:gehalt|gehalts|lohn|lohns|vergutung)\w* (?:zu )?verzicht\w*|"
                         r"\bgehaltsverzicht\b|\bunbezahlt\w*|\b(?:umsonst|ohne bezahlung|ohne "
                         r"gehalt|unentgeltlich|kostenlos) (?:\w+ )?(?:arbeiten|anfangen|"
                         r"einsteigen|mitarbeiten)\b", unless=_DE_OWN_WORK),
    Signal("other-offers", r"\b(?:angebote?|zusagen|jobangebote?|stellenangebote?|andere (?:stelle"
                           r"|stellen|jobs?|positionen?))\b[^.?!]{0,40}\b(?:abgelehnt|ausgeschlagen"
                           r"|abgesagt|verzichtet|sausen lassen)\b|\bich habe(?: \w+){0,2}? "
                           r"(?:andere|weitere|mehrere|zwei|drei) (?:\w+ )?angebote\b"),
    Signal("for-your-sake", r"\bzu ihrem (?:eigenen )?(?:wohl|besten)\b|\bum ihretwillen\b"),
    Signal("expected-better", r"\b(?:hatte|hatten|hab)(?: \w+){0,4}? (?:mehr|besseres|besser|"
                              r"anderes|mehr professionalitat|mehr respekt)\b[^.?!]{0,30}"
                              r"\berwartet\b"),
    Signal("bitterness", r"\bihr (?:eigener )?(?:verlust|pech|problem|schaden)\b|"
                         r"\bzeitverschwendung\b|\b(?:werden|wird)(?: \w+){0,4}? bereuen\b|\bviel "
                         r"gluck (?:bei der suche|mit (?:ihrem|ihrer|dem|der) neuen)\b|\b(?:"
                         r"frechheit|unverschamt\w*|zumutung|armutszeugnis)\b|\b(?:von|in) ihnen"
                         r" (?:\w+ )?enttauscht\b|\benttauscht (?:\w+ )?(?:von|uber) ihnen\b"),
    Signal("closing-door", r"\bich werde mich\b[^.?!]{0,40}\b(?:nicht|nie|niemals|kein)\w*"
                           r"[^.?!]{0,40}\b(?:bewerben|melden)\b|\bich (?:bewerbe|melde) mich "
                           r"(?:\w+ )?(?:nicht|nie|niemals) (?:mehr|wieder)\b|\b(?:kein|keinerlei)"
                           r" (?:\w+ )?interesse (?:mehr|an ihnen|an ihrem|an einer)\b|\b(?:nie|"
                           r"nicht) (?:mehr|wieder)(?: \w+){0,3}? (?:arbeiten|bewerben)\b"),
    Signal("anger", r"\b(?:ich bin|ich war|bin ich|war ich|macht mich|hat mich|ich fuhle mich|"
                    r"ich fuhlte mich|es argert mich|das argert mich)(?: \w+){0,2}? (?:verargert|"
                    r"wutend|emport|sauer|entrustet|beleidigt|fassungslos|zornig|stinksauer)\b|"
                    r"\b(?:argert|emport|erzurnt) mich\b"),
    Signal("anger", r"\b(?:lacherlich|absurd|skandalos|emporend)\b", unless=_DE_OWN_WORK),
    Signal("blame", r"\b(?:voreingenommen|parteiisch|abgekartet|manipuliert)\w*|\bvon vornherein"
                    r"(?: \w+)? (?:fest|entschieden|klar|vergeben)\b|\bdiskriminier\w*|"
                    r"\bbenachteilig(?:t|en|te|ten)\b|\b(?:war|ist|fand ich|wirkt|erscheint|sehr|"
                    r"vollig|total|absolut|zutiefst|einfach|hochst|ziemlich) (?:unfair|ungerecht)"
                    r"\b|\b(?:ungerecht|unfair) behandelt\b|\b(?:unfaire|ungerechte|unfairen|"
                    r"ungerechten) (?:entscheidung|verfahren|behandlung|auswahl|fragen|absage|"
                    r"bewertung|beurteilung|auswahlverfahren)\b", unless=_DE_OWN_WORK),
    Signal("blame", r"\b(?:lebenslauf|unterlagen|bewerbung)\b[^.?!]{0,40}\b(?:nicht|nie|kaum)"
                    r"(?: \w+)? (?:gelesen|angesehen|angeschaut|gepruft)\b"),
    Signal("pleading", r"\b(?:flehe|anflehen|anflehe|instandig|bitte,? bitte)\b|\bverzweifelt\w*|"
                       r"\bich brauche(?: \w+){0,2}? (?:diese|die|den|eine|diesen|das) (?:\w+ )?"
                       r"(?:stelle|job|arbeit|chance|einkommen|position)\b|\b(?:noch eine|eine "
                       r"(?:letzte|zweite|weitere|einzige)|noch einmal eine) chance\b|\bich "
                       r"(?:tue|tate|wurde|mache) (?:wirklich |einfach )?alles\b|\bmeine familie"
                       r" (?:\w+ )?(?:ist angewiesen|braucht|hangt|zahlt)\b|\bich habe keine "
                       r"(?:\w+ )?(?:andere[n]? )?(?:wahl|option|alternative)\b",
           unless=_DE_OWN_WORK),
    Signal("mild", r"\b(?:war|ist|bin|fand|finde|fuhle mich|fuhlte mich|wirkte|macht mich|hat "
                   r"mich)(?: \w+){0,2}? (?:frustrier\w*|gekrankt|verletzt|traurig|"
                   r"niedergeschlagen|entmutigt|geknickt|verunsichert)\b", unless=_DE_OWN_WORK,
           mild=True),
)

_DE_FEEDBACK: tuple[Signal, ...] = (
    Signal("feedback", r"\b(?:ruckmeldung|feedback|einschatzung|hinweise?)\b[^.?!]{0,30}\b(?:zu|"
                       r"uber|zum|zur) (?:meine[mnrs]?|dem|der|unserem) (?:\w+ )?(?:gesprach|"
                       r"vorstellungsgesprach|bewerbung|interview|prasentation|unterlagen|"
                       r"auftreten|leistung|fallstudie|probearbeit)\w*", also=_DE_REQUEST),
    Signal("feedback", r"\b(?:sagen|teilen|nennen|erklaren|schreiben|zeigen) sie mir\b[^.?!]{0,40}"
                       r"\b(?:woran|was ich|wo ich|warum|weshalb|wieso|was mir|welche)\b"),
    Signal("feedback", r"\b(?:woran es gelegen hat|was ich(?: \w+){0,3} (?:falsch gemacht|besser "
                       r"machen|verbessern|anders machen)|wo ich (?:\w+ )?(?:nachbessern|mich "
                       r"verbessern|schwach))", also=_DE_REQUEST + r"|\?"),
)

DE_TONE = _DE
DE_FEEDBACK = _DE_FEEDBACK
