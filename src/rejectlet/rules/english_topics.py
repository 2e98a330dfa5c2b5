"""English frames for what a reader hears between the lines: affect, expectation,
doubt, leverage, stories of blame, a closed door, feedback asked sideways.

The frames in ``english`` cross a topic with a judgement. The sentences here
carry no judging word at all: "the long silence frustrated me" (affect about
the process), "I'd have thought a firm like yours would manage better"
(expected better), "I wonder whether the person you chose really has my
experience" (comparison told as doubt), "I still have an offer on the table"
(leverage), "had your coordinator sent the right case study, I would have done
better" (blame told as a story), "I'll be focusing my search on other
employers" (a closed door), "it would help me to know which answers fell flat"
(feedback asked in the body). Each is again a topic (the wait, their side,
the person hired, other employers, the writer's performance) crossed with a
stance from a lexicon (affect words, expectation verbs, doubt words, offer
words, counterfactual shapes), so the paraphrase nobody listed is read the
same way.

The frames that judge (``english.STRONG``) also learn here when their object is
plainly not the hiring: "the team reconsidered its cloud strategy", "rate cards
widely seen as unfair", "the mistakes in last year's launch" speak of the
company's own work and are not a complaint about the decision (see
``OFF_TOPIC`` and ``ON_TOPIC``).
"""

from __future__ import annotations

from .english import (
    BUSINESS_CONTRACT,
    HIRED,
    OUR_OFFER,
    OWN_DEEDS,
    OWN_PRODUCTS,
    OWN_WORK,
    TURNED_DOWN,
)
from .frames import Signal
from .pattern_parts import any_of

# -- their side, and the hiring as a topic ------------------------------------------------

#: Who acted on their side of the hiring, as the subject of a story.
_THEY = any_of(
    "you", r"your (?:\w+ ){0,2}?\w+", "anyone", "anybody", "someone", "somebody", "they",
    "he", "she", "nobody", "no one", r"(?:ms|mr|mrs|mx|dr|prof)\.? \w+",
    r"the (?:\w+ )?(?:recruiters?|panel|interviewers?|hiring (?:manager|team)|manager|"
    r"coordinator|assistant|committee|hr(?: team)?|scheduler|organi[sz]ers?|chair|director|"
    r"invitation|brief|job (?:ad|advert|description|posting)|company|firm|team)",
    r"half (?:of )?the (?:panel|interviewers|team)",
)
#: Their side as the object of a feeling or a comparison ("from a firm like yours").
_THEIRS = (
    r"\b(?:you|your|yours|than this|like this|a (?:company|firm|business|employer)|an "
    r"(?:employer|organi[sz]ation)|(?:company|firm|employer|organi[sz]ation) (?:like|of|with) "
    r"\w+|reputation|standing|candidates|applicants)\b"
)
#: The wait, the silence and the steps of the process, the things a writer may resent.
_WAIT = (
    r"\b(?:silence|silent|wait\w*|delays?|delayed|timeline|timescale|pace|slow\w*|drawn-out|"
    r"long-drawn|dragg?\w*|month-long|weeks?|months?|no (?:news|reply|word|answer|response|"
    r"update)|hear(?:ing)? (?:nothing|back)|not hearing|without (?:news|a reply|a word|an "
    r"answer|any \w+)|reschedul\w*|postpon\w*|cancell?\w*|back-and-forth|chas(?:e|ed|ing)|"
    r"follow-?ups?|updates?|repl(?:y|ies|ying)|respon(?:se|ses|ding)|answers?|news|decision|"
    r"rejection|outcome|e-?mails?|message|letter|automated|process|interviews?|rounds?|panel|"
    r"recruiters?|your|you)\b"
)
#: People whose feelings are the writer's work, not the writer's own grievance.
_OTHERS_FELT = (
    r"\b(?:customers?|clients?|drivers?|users?|dispatchers?|shippers?|staff|colleagues?|"
    r"planners?|engineers?|analysts?|carriers?|suppliers?|employees|patients|students|"
    r"passengers|members|people|everyone|teams?)\b (?:\w+ ){0,2}?(?:were|was|are|is|found|"
    r"find|felt|feel|got|get|grew|became|had been|complained)\b"
)
_PRAISE = (r"\b(?:enjoy\w*|lov(?:e|ed)|lik(?:e|ed)|admire\w*|impress\w*|fascinat\w*|"
           r"thank\w*|grateful|appreciat\w*|inspir\w*)\b")

# -- affect about the process -------------------------------------------------------------

#: Irritation words: a feeling about the process, milder than anger.
_IRKED = any_of(
    r"frustrat\w*", r"irritat\w*", r"annoy\w*", r"exasperat\w*", r"aggravat\w*", r"irk\w*",
    r"vex\w*", "galling", "grating", "tiresome", r"rankl\w*", r"nettl\w*", r"ril(?:ed|es)",
    r"got on my nerves", r"get(?:s|ting)? on my nerves", r"(?:tested|tries|tried|tests|wore "
    r"on|wearing on|strained) my patience", r"my patience (?:wore|was wearing|ran) thin",
    r"fed up", r"bothered me", r"(?:wound|winds) me up", r"bugged me",
    r"(?:on|got on|grated on|hard on|frayed|shredded|tested) my nerves",
    r"(?:test\w*|tr(?:y|ies|ied|ying)|strain\w*|stretch\w*) my patience",
    r"(?:got|gets|getting|get) to me",
    r"w(?:ear|ore|earing|ears) me (?:down|out)", r"ground me down", r"took it out of me",
)
#: Words that carry the feeling only after a copula ("the wait was trying").
_WEARING = any_of("trying", "wearing", "draining", "tiring", "exhausting", "stressful",
                "nerve-?(?:racking|wracking)", "unsettling", "grueling", "gruelling",
                "wearisome", "a strain", "an ordeal", "a slog", "tedious", "maddening")
_COPULA = (r"\b(?:was|were|is|are|been|be|felt|feels?|found (?:it|this|that|the \w+(?: \w+)?)|"
           r"find (?:it|this|that))(?: \w+){0,3}?,? ")
#: Heat beyond anger's common words.
_FURIOUS = any_of("incandescent", "apoplectic", "hopping mad", r"ticked off", r"pissed off",
                "beyond angry", "steaming", "up in arms", "spitting feathers", "fuming",
                "seething", "livid", "furious", r"(?:deeply|really|very|extremely|thoroughly) "
                r"(?:annoyed|irritated|aggravated)")

#: The feeling denied or rare: "I rarely get frustrated by messy data".
_UNMOVED = (r"\b(?:rarely|never|seldom|hardly ever)\b|\b(?:wasn't|was not|am not|i'm not|not) "
            r"(?:at all |even )?(?:frustrat|irritat|annoy|exasperat)\w*")
AFFECT: tuple[Signal, ...] = (
    Signal("anger", r"\b(?:got|gets|put|puts|getting) my back up\b|\brubbed me up the wrong way\b"
                    r"|\bdr(?:ove|ives|iving) me (?:up the wall|round the bend|mad|crazy|nuts)\b"
                    r"|\bmade my blood (?:boil|run cold)\b", unless=OWN_WORK),
    Signal("anger", rf"\b(?:i(?:'m| am| was| felt| feel)|made me|left me)(?: \w+){{0,2}}? "
                    rf"{_FURIOUS}\b", unless=OWN_WORK),
    Signal("mild", rf"\b{_IRKED}\b", also=_WAIT,
           unless=any_of(OWN_WORK, _OTHERS_FELT, _PRAISE, _UNMOVED), mild=True),
    Signal("mild", rf"\bfound\b[^.?!]{{0,50}}\b{_WEARING}\b", also=_WAIT,
           unless=any_of(OWN_WORK, _OTHERS_FELT, _PRAISE), mild=True),
    Signal("mild", rf"{_COPULA}{_WEARING}\b", also=_WAIT,
           unless=any_of(OWN_WORK, _OTHERS_FELT, _PRAISE), mild=True),
)


#: Not interested in a thing the writer sets aside to say what does draw them: "I'm not
#: interested in titles; what draws me is the problem your team is solving".
NOT_FOR_THINGS = (r"\bnot (?:\w+ )?interested in (?:job |big |fancy |grand )?(?:titles?|money|"
                  r"status|prestige|perks|the (?:title|money|size|perks)|chasing|climbing|"
                  r"managing people|management|size)\b|\bwhat (?:really )?(?:draws|interests|"
                  r"excites|motivates|drives|attracts) me\b|\bwhat matters to me\b")
# -- a closed door ------------------------------------------------------------------------

_ELSEWHERE = any_of(
    "elsewhere", "somewhere else", r"other (?:\w+ )?(?:employers|companies|firms|"
    r"organi[sz]ations|businesses|teams|opportunities|options|places|carriers|startups|"
    r"agencies|banks|retailers|brands|labs|groups|studios|providers|sectors|industries)",
    r"(?:rival|competing) \w+s", r"(?:your|their) competitors", "a different direction",
    r"another (?:direction|path|way)", r"away from (?:you|your|\w+)",
)
CLOSED: tuple[Signal, ...] = (
    Signal("closing-door", rf"\b(?:search|applications?|efforts?|energy|energies|focus|"
                           rf"attention|skills|talents?|experience|career|future|plans?)\b"
                           rf"[^.?!]{{0,40}}\b{_ELSEWHERE}\b",
           also=r"\b(?:will|'ll|going to|from now on|from here on|now|henceforth|decided|"
                r"instead|going forward|in future|any more|anymore|only)\b",
           unless=any_of(OWN_DEEDS, r"\blike (?:yours|you|\w+)\b|\bsuch as\b")),
    Signal("closing-door", rf"\b(?:pursu\w+|look\w*|apply\w*|focus\w*|concentrat\w*|"
                           rf"turn\w*|head\w*|mov\w*|tak\w*|direct\w*|invest\w*|put\w*)\b"
                           rf"(?: [\w']+){{0,5}}? {_ELSEWHERE}\b",
           also=r"\b(?:will|'ll|going to|from now on|from here on|henceforth|decided|"
                r"instead|going forward|in future|won't|no longer)\b",
           unless=any_of(OWN_DEEDS, r"\blike (?:yours|you|\w+)\b|\bsuch as\b")),
    Signal("closing-door", r"\b(?:isn't|is not|wasn't|was not|no longer|not|never)(?: \w+){0,3}? "
                           r"(?:somewhere|anywhere|a place|the place|a company|an employer|a firm|"
                           r"one of the \w+|on (?:my|the) (?:\w+ )?list)\b[^.?!]{0,40}\bi(?:'d| "
                           r"would)?\b[^.?!]{0,12}\b(?:want|wish|like|care|choose|see myself|hope|"
                           r"picture myself)\b", unless=OWN_DEEDS),
    Signal("closing-door", r"\b(?:isn't|is not|wasn't|was not|no longer|not|never)(?: \w+){0,2}?"
                           r" (?:a|the|one of the|somewhere|anywhere|an?y? ?(?:place|company|"
                           r"employer|firm)|on (?:my|the))\b[^.?!]{0,30}\b(?:places?|compan\w+|"
                           r"employers?|firms?|list|somewhere|anywhere)\b[^.?!]{0,30}\b(?:i|i'd|"
                           r"i would)\b[^.?!]{0,12}\b(?:want|wish|like|care|choose|see myself|"
                           r"hope)\b[^.?!]{0,12}\b(?:work|join|apply|be)\w*",
           unless=OWN_DEEDS),
    Signal("closing-door", r"\b(?:dropped|fallen|fell|come|came|crossed|struck|taken|gone) "
                           r"(?:\w+ )?off (?:my|the) (?:\w+ ){0,3}?list\b"
                           r"|\bno longer (?:on|part of) (?:my|the) (?:\w+ ){0,3}?list\b"),
    Signal("closing-door", r"\b(?:no longer|don't|do not|can't|cannot|can no longer|won't)"
                           r" (?:\w+ )?(?:see|picture|imagine|envisage|envision) (?:a |any )?"
                           r"(?:future|myself|a place|a role|a path|a place for me)\b",
           also=r"\b(?:you|your|company|firm|team|here|there|at|with|again|\w+ again)\b",
           unless=r"\b(?:anywhere|anyone|anything|any other|elsewhere|but)\b"),
    Signal("closing-door", r"\b(?:this (?:is|was|will be)|consider this|treat this as|take this "
                           r"as)\b (?:\w+ )?(?:my|the) (?:very )?(?:last|final)\b"
                           r"|\bno (?:need|point|reason) (?:for you )?to (?:keep|hold|store|retain"
                           r"|save)\b[^.?!]{0,25}\b(?:my|me)\b"
                           r"|\b(?:don't|do not|please don't|please do not) (?:keep|hold|store|"
                           r"retain)\b[^.?!]{0,25}\b(?:my|me)\b"
                           r"|\b(?:unsubscribe|opt|take|remove|drop|delete|strike|withdraw) (?:me|"
                           r"my (?:\w+ )?(?:name|details|cv|data|profile|application|consent|"
                           r"candidacy))(?: out)? (?:of|from|off)\b"),
    Signal("closing-door", r"\b(?:lost|lose|losing|no|zero|without) (?:all |any |my |much |every )?"
                           r"(?:further |more |remaining )?(?:interest|enthusiasm|appetite|"
                           r"desire|wish|motivation|passion|keenness|eagerness)\b",
           also=r"\b(?:in|for|about|to)\b[^.?!]{0,30}\b(?:you|your|joining|working|applying|"
                r"company|firm|team|role|roles|job|here|again)\b|\b(?:i've|i have|i'd|"
                r"i am|i'm|i)\b",
           unless=any_of(OWN_DEEDS, r"\b(?:customers?|clients?|users?|drivers?|staff|they|"
                                  r"investors?)\b")),
    Signal("closing-door", r"\b(?:i(?:'m| am)|i feel) (?:now |just )?(?:no longer|not (?:\w+ )?"
                           r"(?:anymore|any more)?) ?(?:keen|interested|eager|excited|enthusiastic"
                           r"|motivated|drawn|attracted|tempted)\b"
                           r"|\b(?:no longer|not any more|not anymore) (?:keen|interested|eager|"
                           r"excited|enthusiastic|motivated)\b",
           also=r"\b(?:you|your|working|joining|applying|company|firm|team|role|roles|job|"
                r"position|any ?more|\w+)\b",
           unless=any_of(OWN_DEEDS, r"\b(?:customers?|clients?|users?|drivers?|staff|they|"
                                  r"investors?)\b", NOT_FOR_THINGS)),
    Signal("closing-door", r"\b(?:prefer|rather|ask you|please|would like) not (?:to )?(?:be )?"
                           r"(?:contacted|considered|kept|approached|e-?mailed|called|informed|"
                           r"notified|told|included|added)\b"
                           r"|\b(?:don't|do not|please don't|please do not|no need to) (?:contact|"
                           r"e-?mail|call|approach|notify|inform|reach out to|write to) me\b"),
    Signal("closing-door", r"\bno longer (?:my|of any|any of my) (?:concern|problem|business|"
                           r"interest|worry)\b|\b(?:not|none of) my (?:concern|business|problem) "
                           r"(?:any ?more|now|from here)\b"
                           r"|\bi(?:'m| am) (?:moving|going to move) on\b"
                           r"|\b(?:stop|stopped|stopping|quit|give up|gave up|giving up) "
                           r"(?:\w+ )?(?:applying|reapplying|following|considering)\b"
                           r"|\bi(?:'m| am) done (?:\w+ )?(?:applying|with)\b"
                           r"|\b(?:wash(?:ing)? my hands|close the (?:door|book|chapter)) on\b"),
)

# -- expected better ----------------------------------------------------------------------

_EXPECTED = any_of(
    "expected", "expect", "anticipated", "assumed", "thought", "believed", "imagined",
    "hoped for", "had hoped", "hoped", "counted on", "was led to believe", "had been told",
    "took it for granted", "trusted",
)
_MORE = r"(?:more|better|higher|greater|fairer|kinder|quicker|faster|clearer|warmer)"
_DECENCY = any_of(
    r"courtes\w*", r"professional\w*", r"respect\w*", r"decen\w*", "consideration",
    "care", "communication", "transparency", "warmth", r"standards?", "treatment",
    "manners", "honesty", "openness", r"regard", r"attention", r"organi[sz]ation",
)
EXPECTED_BETTER: tuple[Signal, ...] = (
    Signal("expected-better", rf"\bi(?:'d| would| had)?(?: \w+){{0,2}}? (?:have )?{_EXPECTED}\b"
                              rf"[^.?!]{{0,70}}\b{_MORE}(?: \w+){{0,2}}? {_DECENCY}\b",
           unless=any_of(OWN_WORK, r"\bthan (?:i|we) (?:had )?(?:expected|hoped|thought)\b")),
    Signal("expected-better", rf"\bi(?:'d| would| had)?(?: \w+){{0,2}}? (?:have )?{_EXPECTED}\b"
                              rf"[^.?!]{{0,80}}\b{_MORE}\b",
           also=_THEIRS,
           unless=any_of(OWN_WORK, r"\bthan (?:anyone|any other|most|others|everyone)\b",
                       r"\b(?:the|this|your) (?:news|outcome|result|answer)\b",
                       r"\b(?:the|my|our) (?:\w+ )?(?:results?|numbers|pilot|project|model|"
                       r"forecasts?)\b")),
    Signal("expected-better", r"\b(?:fell|falls|fall|falling|came|comes|was|is|were|are)"
                              r"(?: \w+)? (?:short of|below|beneath|not|nothing like|far from)"
                              r"(?: \w+){0,3}? (?:what i|the (?:\w+ )?(?:standards?|level)|your "
                              r"(?:own )?(?:standards?|values|promises?)|my expectations|"
                              r"expectations|the standards?)\b",
           also=_THEIRS + r"|\bexpect\w* (?:from|of)\b",
           unless=any_of(OWN_WORK, r"\b(?:our|my) (?:\w+ )?(?:results?|numbers|pilot|project|"
                                 r"model|forecasts?|sales|targets?)\b",
                       r"\b(?:the|this|your) (?:news|outcome|result|answer)\b")),
    Signal("expected-better", r"\b(?:for a|a) (?:\w+ )?(?:firm|company|business|employer|team|"
                              r"organi[sz]ation|brand) (?:that|which|who) (?:prides itself|talks "
                              r"(?:so much )?about|claims|boasts|brags|preaches|sells itself|"
                              r"advertises|markets itself)\b", unless=any_of(OWN_WORK, _PRAISE)),
    Signal("expected-better", r"\b(?:the way|how) (?:\w+ ){0,3}?(?:candidates|applicants|i|"
                              r"people|we) (?:are|were|was|get|got|had been|have been) (?:\w+ )?"
                              r"(?:treated|handled|dealt with|spoken to|kept|informed|ignored)\b",
           also=r"\b(?:surpris\w*|disappoint\w*|shock\w*|telling|sad|poor|odd|strange|below|"
                r"not|hardly|unworthy|beneath)\b", unless=any_of(OWN_WORK, _PRAISE)),
    Signal("expected-better", r"\bi(?:'d| had)? (?:\w+ )?(?:assumed|expected|thought|believed|"
                              r"hoped|imagined|trusted)(?: that)? (?:\w+ ){1,6}?(?:would|will|to) "
                              r"(?:\w+ )?(?:keep|treat|handle|show|offer|reply|respond|"
                              r"communicate|give|extend|let|tell|update|inform|acknowledge)\b"
                              r"[^.?!]{0,40}\b(?:candidates|applicants|me|people|us)\b",
           also=_THEIRS, unless=OWN_WORK),
    Signal("expected-better", r"\bi (?:\w+ )?(?:hoped|had hoped|expected|was expecting|wanted|"
                              r"deserved) (?:for )?(?:a|an|some) (?:\w+ )?(?:more \w+|\w+er) "
                              r"(?:ending|response|reply|answer|outcome|process|experience|"
                              r"goodbye|close|finish|conclusion|message|note|farewell|send-off)\b",
           unless=OWN_WORK),
    Signal("expected-better", r"\b(?:thought|expected|hoped|assumed|believed)\b[^.?!]{0,40}"
                              r"\b(?:could|would|should|might) (?:have )?(?:do|done|manage|managed)"
                              r" (?:\w+ )?better\b", unless=OWN_WORK),
    Signal("expected-better", rf"\b{_MORE} expectations (?:of|for|from|about)\b",
           also=_THEIRS, unless=OWN_WORK),
    Signal("expected-better", r"\b(?:surprised|shocked|astonished|amazed|taken aback|dismayed|"
                              r"saddened|disappointed|disheartened)\b[^.?!]{0,30}\b(?:how|the "
                              r"way|that)\b[^.?!]{0,40}\b(?:handled|treated|managed|run|ran|"
                              r"conducted|dealt with|communicated|organi[sz]ed|spoken to)\b",
           unless=any_of(OWN_WORK, _PRAISE, r"\b(?:well|kindly|warmly|quickly|smoothly|"
                                          r"carefully)\b")),
    Signal("expected-better", rf"\b{_THEY}\b(?: \w+){{0,3}}? (?:let me down|failed me|"
                              r"disappointed me|fell short)\b", unless=OWN_WORK),
    Signal("expected-better", r"\b(?:a (?:real |great )?(?:shame|pity)|too bad|unfortunate|sad|"
                              r"ironic|telling)\b (?:that )?(?:you|your \w+|the \w+|they|"
                              r"a (?:\w+ )?(?:company|firm|business|employer)|"
                              r"an (?:\w+ )?(?:employer|organi[sz]ation))\b[^.?!]{0,50}"
                              r"\b(?:doesn't|does not|don't|do not|didn't|did not|couldn't|"
                              r"could not|failed|can't|cannot|won't|wouldn't|never)\b",
           unless=any_of(OWN_WORK, _PRAISE)),
)

# -- comparison with the person hired, told as doubt ---------------------------------------

#: The person hired, in the ways a story names them.
_THE_HIRE = any_of(
    HIRED,
    r"(?:no ?one|nobody|none|anyone|anybody) else (?:\w+ ){0,3}?(?:you|on your|on the|in the|"
    r"who)",
    r"the (?:job|role|position|offer|post) went to",
    r"(?:someone|somebody|a person|a candidate|an applicant|a (?:recent )?graduate|a junior|"
    r"an outsider|an insider) (?:with|who (?:has|had)|straight out of|fresh (?:out of|from)|"
    r"from)\b[^.?!]{0,40}\b(?:got|gets|landed|won|was (?:chosen|picked|hired|selected|rated|"
    r"ranked|preferred|offered))",
    r"(?:you|they|the \w+) (?:\w+ )?(?:hired|chose|picked|selected|went with|appointed|took on|"
    r"preferred) (?:someone|somebody|a|an)",
    r"(?:the|your) new (?:\w+ )?(?:hire|analyst|planner|recruit|manager|engineer|person|"
    r"coordinator|lead|head|colleague|starter|appointee|employee|team member|\w+er|\w+ist|"
    r"\w+or)",
    r"(?:whoever|whomever) (?:\w+ ){0,2}?(?:took|takes|got|gets|won|landed|filled)",
    r"(?:the|a) (?:\w+ )?(?:candidate|applicant|person) (?:with|who (?:has|had))",
)
_DOUBT = any_of(
    r"can(?:'t|not) (?:see|imagine|picture)", r"wonder\w*", r"doubt\w*",
    r"question(?:ing)? (?:whether|if|how)",
    r"(?:not|n't) (?:\w+ )?(?:convinced|sure|certain)", r"curious (?:whether|if|to see)",
    r"suspect\w*", "skeptical", "sceptical", r"hard to (?:believe|imagine|see)",
    r"remains? to be seen", r"surpris\w*", r"puzzl\w*", r"baffl\w*", r"whether", r"really",
    r"truly",
)
_MEASURED = any_of(
    r"as (?:well|much|far|deep(?:ly)?|good|fast|quickly) as (?:i|me)\b",
    r"(?:results?|record|experience|track record|depth|background|skills?|years) (?:like|as "
    r"\w+ as) mine", r"like mine", r"my (?:\w+ )?(?:results|record|track record|experience|"
    r"depth|expertise|background|credentials|qualifications|years|skills)",
    r"ever (?:\w+ )?(?:run|ran|built|led|managed|handled|delivered|done|worked|shipped|owned)",
    r"(?:rated|ranked|placed|put|chosen|picked|preferred|scored) (?:\w+ )?(?:above|ahead of|"
    r"over|before|higher than) me", r"match(?:ed|es|ing)? (?:my|what i|me)",
    r"but i (?:have|had|bring|brought|offer|deliver)", r"(?:the|a) (?:stronger|better|deeper|"
    r"longer|broader) (?:\w+ )?(?:record|candidate|analyst|experience|background)",
    r"(?:less|fewer|more|better) (?:\w+ )?(?:experience|years|qualified|experienced) than",
    r"(?:could|would|can|will) (?:have )?(?:handled|managed|done|delivered|run|built|led)",
    r"twelve|\d+ years", r"compared (?:with|to) (?:me|mine|my)", r"catch(?:ing)? up",
    r"next to (?:me|mine|my)", r"beside (?:me|mine|my)", r"as long as (?:i|me)\b",
    r"(?:thin|thinner|lighter|weaker|shorter|greener|newer) (?:than|next to|beside)",
    r"ahead of me", r"over me\b", r"instead of me", r"where i (?:already )?(?:am|stand|was)\b",
    r"(?:need|take|takes|needs) (?:\w+ )?(?:years|months|time|a while) to (?:get|reach|catch|"
    r"learn|match)",
)
#: What the doubt is about: whether the person hired has done what the writer did.
_CAPABLE = (r"\b(?:has|have|had) (?:ever |really |actually |even )?(?:run|handled|managed|led|"
            r"built|delivered|done|faced|survived|dealt with|worked|shipped|owned)\b")
#: Good wishes for the person hired: "I hope they enjoy it as much as I would have".
_GLAD = r"\b(?:enjoy\w*|lov(?:e|es|ed)|happy|glad|thriv\w*|settl\w*|welcom\w*)\b"
#: The writer helping a newcomer: their work, not a comparison ("I mentored a graduate").
_HELPED = (r"\bi (?:understand|accept|respect|see|know)\b|"
           r"\b(?:i|we) (?:\w+ )?(?:mentored|trained|coached|onboarded|helped|taught|hired|"
           r"recruited|welcomed|supported)\b|\b(?:our|my) new \w+")
COMPARED_AS_DOUBT: tuple[Signal, ...] = (
    Signal("comparison", rf"\b{_THE_HIRE}\b", also=rf"\b{_DOUBT}\b[^.?!]*(?:\b{_MEASURED}|"
                                                  rf"{_CAPABLE})|\b{_MEASURED}[^.?!]*\b{_DOUBT}\b",
           unless=any_of(_HELPED, _GLAD, r"\b(?:i'm|i am) sure\b", r"\bwish (?:them|him|her)\b")),
    Signal("comparison", rf"\b{_THE_HIRE}\b", also=rf"\b{_MEASURED}",
           unless=any_of(_HELPED, _GLAD, r"\b(?:i'm|i am) sure\b", r"\bwish (?:them|him|her)\b",
                       r"\b(?:share|show|help|hand over|pass on)\b")),
)

# -- other offers as leverage -------------------------------------------------------------

_OFFER = any_of(r"offers?", "package", "contract", "proposal", "promotion", r"roles?",
              r"positions?", r"jobs?")
LEVERAGE: tuple[Signal, ...] = (
    Signal("other-offers", r"\b(?:the|another|an|my|a|one|two|three|several|some|a few|"
                           r"multiple) (?:other|competing|rival|second|"
                           r"alternative|outside|better|better-paid|generous|attractive|signed|"
                           r"firm|written|formal|standing|live|serious|concrete) (?:\w+ )?"
                           r"(?:offers?|package|contract|proposal)\b",
           also=r"\b(?:i|i'm|i've|i'd|me|my)\b",
           unless=any_of(OWN_DEEDS, OUR_OFFER, BUSINESS_CONTRACT)),
    Signal("other-offers", rf"\b{_OFFER} (?:\w+ ){{0,2}}?(?:from|at|with) (?:a|an|another|one of "
                           r"your|two of your|your) (?:\w+ )?(?:competitors?|rivals?|company|"
                           r"firm|employer|carrier|business)\b"
                           r"|\b(?:offers?|package|contract) (?:is )?(?:still )?on the table\b"
                           r"|\boffer (?:i'm|i am|i've been) (?:holding|weighing|considering)\b"
                           r"|\b(?:weighing|considering|holding|sitting on) (?:an?|another|two|"
                           r"several|other) (?:\w+ )?offers?\b",
           also=r"\b(?:i|i'm|i've|i'd|me|my)\b",
           unless=any_of(OWN_DEEDS, OUR_OFFER, BUSINESS_CONTRACT)),
    Signal("other-offers", r"\b(?:final|late|advanced|second|third|last) (?:stages?|rounds?|"
                           r"interviews?|talks) (?:with|at) (?:\w+ ){0,3}?(?:other|another|"
                           r"competitors?|rivals?|companies|firms|employers)\b"
                           r"|\b(?:interviewing|in talks|talking) (?:with|at) (?:\w+ ){0,3}?"
                           r"(?:competitors?|rivals?|other (?:companies|firms|employers))\b"
                           r"|\b(?:two|three|several|some|a few) of your (?:competitors|rivals)\b"),
    Signal("other-offers", r"\b(?:other|several|two|three|many|some|a few|various) (?:\w+ )?"
                           r"(?:companies|firms|employers|organi[sz]ations|recruiters|headhunters|"
                           r"businesses)\b[^.?!]{0,30}\b(?:keen|eager|want\w*|interested|"
                           r"approach\w*|offer\w*|calling|chasing|courting|pursuing|contacted|"
                           r"reached out)\b"
                           r"|\b(?:approached|contacted|headhunted|courted) (?:me )?(?:\w+ ){0,3}?"
                           r"with (?:\w+ )?offers?\b",
           unless=any_of(OWN_DEEDS, r"\b(?:us|our|we)\b")),
    Signal("other-offers", rf"\b(?:i|we)(?: [\w']+){{0,2}}? (?:knocked back|knocked (?:it|them) "
                           rf"back|{TURNED_DOWN})\b[^.?!]{{0,40}}\b{_OFFER}\b",
           also=r"\b(?:elsewhere|other|another|competitors?|rivals?|you|your|wait\w*|in the "
                r"hope|to stay|current employer|better-paid|generous|holding out)\b",
           unless=any_of(OWN_PRODUCTS, OUR_OFFER)),
    Signal("other-offers", r"\b(?:a|another|one|two|several) (?:\w+ )?(?:competitors?|rivals?|"
                           r"(?:other|rival|competing) (?:company|companies|firm|firms|employer|"
                           r"employers|carrier|carriers))\b (?:\w+ ){0,2}?(?:wants?|asked|invited|"
                           r"offered|is keen|are keen|has offered|have offered|want)\b"
                           r"|\b(?:roles?|jobs?|positions?|offers?) (?:\w+ )?at (?:rival|competing|"
                           r"other) (?:\w+ )?(?:firms|companies|employers|carriers)\b"
                           r"|\bholding out for (?:you|your|\w+)\b"
                           r"|\bi(?:'m| am) (?:\w+ )?expecting (?:a|an|another) (?:\w+ )?offers?\b"
                           r"|\b(?:another|a second|a further|a competing|an outside) (?:job )?"
                           r"offers?\b"
                           r"|\b(?:asked|invited|called) me (?:in |back )?(?:for|to) (?:a |an |"
                           r"their )?(?:\w+ )?(?:interview|round|offer|meeting)\b[^.?!]{0,30}"
                           r"\b(?:next|this) (?:week|month)\b",
           unless=any_of(OWN_DEEDS, r"\b(?:us|our|we)\b")),
    Signal("other-offers", r"\b(?:chose|decided|choosing|deciding) to (?:pass on|turn down|decline|"
                           r"refuse|walk away from|let go of|give up) (?:a|an|another|the|two|"
                           r"several) (?:\w+ )?(?:job|offer|role|position|contract)\b",
           unless=OUR_OFFER),
    Signal("other-offers", r"\boffered me (?:\w+ ){0,3}?(?:more|better|higher|a (?:\w+ )?(?:job|"
                           r"role|position|contract|package|place|seat))\b",
           also=r"\b(?:wait\w*|you|your|instead|yet|but|still)\b", unless=OWN_DEEDS),
    Signal("other-offers", r"\b(?:other|several|more|plenty of|many|alternative) (?:\w+ )?"
                           r"options\b[^.?!]{0,25}\b(?:lined up|open|available|on the table|to "
                           r"consider)\b|\b(?:i|i've|i have) (?:got )?(?:other|several|more|"
                           r"plenty of) options\b"
                           r"|\b(?:the )?clock is ticking\b|\bbefore i (?:accept|sign|commit)\b",
           unless=OWN_DEEDS),
)

# -- blame told as a story -----------------------------------------------------------------

_CONVEYED = any_of(
    "told", "sent", "mentioned", "given", "gave", "shared", "warned", "read", "looked",
    "answered", "replied", "explained", "informed", "let me know", "forwarded", "asked",
    "bothered", "listened", "checked", "prepared", "briefed", "said", "passed on",
    "responded", "called", "provided", "scheduled", "booked", "invited", "included",
)
STORY: tuple[Signal, ...] = (
    Signal("blame", rf"\b{_THEY}\b(?: \w+){{0,2}}? (?:never|didn't|did not|failed to|forgot to|"
                    r"neglected to) (?:\w+ )?(?:send|sent|share|shared|tell|told|give|gave|provide|"
                    r"provided|mention|mentioned|confirm|confirmed|explain|explained|warn|warned|"
                    r"forward|forwarded)\b",
           also=r"\b(?:me|my|so i|i (?:had|was|prepared|arrived|missed|joined))\b",
           unless=any_of(OWN_WORK, r"\b(?:our|my) (?:\w+ )?(?:supplier|client|customer|team|"
                                 r"colleague|manager|boss|vendor|driver|coordinator|carrier)\b")),
    Signal("blame", rf"\b(?:had|if) {_THEY}(?: [\w']+){{0,2}}? (?:had )?(?:only |just |even |"
                    rf"actually |properly |ever )?{_CONVEYED}\b",
           also=r"\b(?:would|could|might)(?:n't)? (?:\w+ )?have\b|\b(?:i'd|they'd|it'd|you'd|"
                r"i could|i would|would|could) have\b",
           unless=any_of(OWN_DEEDS, r"\b(?:our|my) (?:\w+ )?(?:supplier|client|customer|team|"
                                  r"colleague|manager|boss|vendor|driver|coordinator)\b")),
    Signal("blame", r"\b(?:had|if) (?:the|your) (?:\w+ ){0,2}?(?:environment|link|system|platform|"
                    r"tool|laptop|set-?up|software|portal|room|equipment|video|call|connection|"
                    r"brief|instructions|invitation|schedule|test|task|data|dataset|data set)"
                    r"(?: had)? (?:\w+ )?(?:worked|been|loaded|run|connected|arrived|included|"
                    r"made sense|matched)\b",
           also=r"\b(?:my \w+|i|i'd) (?:\w+ )?(?:would|could|might)(?:n't)? (?:\w+ )?have\b|"
                r"\bi'd have\b",
           unless=any_of(OWN_DEEDS, r"\b(?:our|my) (?:\w+ )?(?:supplier|client|customer|team|"
                                  r"colleague|manager|boss|vendor|driver|coordinator)\b")),
    Signal("blame", r"\bset (?:\w+ ){0,3}?up to fail\b|\bcontradict(?:ed|s) (?:itself|"
                    r"themselves|each other)\b|\b(?:talked|spoke|talking|speaking) over me\b"
                    r"|\b(?:had|have|has|did|were|was)(?: \w+ly)? (?:not|never) (?:even )?"
                    r"(?:read|opened|looked at|seen|considered|listened to)\b[^.?!]{0,20}"
                    r"\b(?:my|me)\b", unless=any_of(OWN_WORK, r"\bi (?:\w+ )?(?:had|have|did|was)"
                                                        r"(?: \w+ly)? (?:not|never)\b")),
    Signal("blame", r"\bwith (?:a |an |the )?(?:clearer|better|proper|fairer|fuller|longer|"
                    r"correct|right|earlier|accurate|complete|more)\b[^.?!]{0,40}\b(?:from (?:you|"
                    r"your|the \w+)|your)\b",
           also=r"\b(?:would|could|might) (?:\w+ )?have\b", unless=OWN_WORK),
    Signal("blame", r"\b(?:sent|gave|given|booked|scheduled|told|forwarded|e-?mailed|shared|"
                    r"posted|mailed|used|chose) (?:me |us )?(?:the |a |an )?(?:wrong|incorrect|"
                    r"outdated|out-of-date|old|broken|faulty|mistaken|dead|invalid)\b",
           also=rf"\b{_THEY}\b",
           unless=any_of(OWN_WORK, r"\b(?:our|my) (?:\w+ )?(?:supplier|client|customer|team|"
                                 r"colleague|manager|boss|vendor|driver|coordinator|carrier)\b",
                       r"\bi (?:\w+ )?(?:sent|gave|booked|chose|used)\b")),
    Signal("blame", r"\b(?:answering|checking|reading|typing|writing|on|glancing at|looking at|"
                    r"scrolling) (?:\w+ )?(?:e-?mails?|messages|texts|slack|(?:his|her|their|a) "
                    r"(?:phones?|laptops?|mobiles?|screens?|watch(?:es)?)|the clock)\b",
           also=r"\b(?:interview\w*|panel|presentation|slides|round|session|call|talk|answers|"
                r"throughout|while i)\b",
           unless=any_of(OWN_WORK, r"\bi (?:\w+ )?(?:spent|was|kept)\b")),
    Signal("blame", r"\b(?:arrived|turned up|showed up|joined|came|started|was|were|seemed)"
                    r"(?: [\w']+){0,3}? (?:late|distracted|uninterested|bored|half-?asleep|"
                    r"unprepared|on (?:his|her|their) phones?)\b",
           also=any_of(r"\b(?:ms|mr|mrs|mx|dr|prof)\.? \w+", r"\bthe (?:\w+ )?(?:panel|"
                     r"interviewers?|recruiter|hiring manager|manager|committee|chair|director)"
                     r"\b", r"\byour \w+", r"\b(?:he|she|they|half the \w+)\b"),
           unless=any_of(OWN_WORK, r"\bi (?:\w+ )?(?:joined|arrived|was|came|turned up|showed "
                                 r"up|started)\b", r"\b(?:train|traffic|strike|flight)\b")),
    Signal("blame", r"\b(?:forgot|forgotten|neglected|omitted|failed) to (?:send|forward|tell|"
                    r"mention|inform|pass|share|include|call|book|invite|confirm|reply|"
                    r"respond|let|update)\b",
           also=rf"\b{_THEY}\b", unless=any_of(OWN_WORK, r"\bi (?:\w+ )?(?:forgot|neglected|"
                                                        r"failed)\b")),
    Signal("blame", r"\b(?:only|not) (?:\w+ )?(?:told|informed|warned|given|sent|notified)\b"
                    r"[^.?!]{0,50}\b(?:night|day|evening|hour|hours|minutes?|morning) before\b"
                    r"|\bleft me (?:with )?(?:no|little|hardly any|barely any) time\b"
                    r"|\b(?:cut short|cut off) because\b"
                    r"|\bon your (?:side|end)\b[^.?!]{0,40}\b(?:nobody|no one|never|didn't|did "
                    r"not)\b|\b(?:failed|broke|dropped|crashed)\b[^.?!]{0,20}\bon your (?:side|"
                    r"end)\b",
           unless=OWN_WORK),
    Signal("blame", r"\b(?:nobody|no one|none of (?:you|them|the \w+))\b(?: [\w']+){0,5}? (?:had "
                    r"(?:even )?)?(?:read|opened|looked at|offered|apologi[sz]ed|thought to|"
                    r"followed up|got back|bothered|prepared|explained)\b",
           unless=any_of(OWN_WORK, _PRAISE)),
    Signal("blame", r"\bmade up (?:its|his|her|their|your) minds?\b|\bhad (?:already )?"
                    r"(?:chosen|picked|decided)\b[^.?!]{0,30}\bbefore i\b", unless=OWN_WORK),
)

# -- feedback asked in the body, sideways ---------------------------------------------------

_ASK = any_of(
    r"it (?:would|could|might) (?:\w+ )?(?:help|mean (?:\w+ )?(?:a lot|so much|a great deal)|"
    r"be (?:\w+ )?(?:useful|helpful|valuable|good|great))(?: me)?(?: (?:\w+ ){0,2}?to)?",
    "i'd value", "i would value", r"i'd (?:\w+ )?love to (?:know|hear|learn|understand)",
    r"i would (?:\w+ )?love to (?:know|hear|learn|understand)",
    r"i'd (?:\w+ )?find it", r"might you", r"would you be able", r"could (?:someone|anyone|you)",
    r"would (?:someone|anyone|you)", r"is there any chance", "let me know", "tell me",
    "any pointers", "any comments", "any notes", "any thoughts", "any insight", "any tips",
    r"(?:please )?(?:share|send|pass on|forward)", "walk me through", "point out",
    r"i(?:'d| would) be (?:\w+ )?(?:thankful|obliged|glad)",
    r"i(?:'d| would) (?:\w+ )?like to (?:know|hear|learn|understand|see)",
    r"i(?:'d| would) (?:\w+ )?benefit from (?:knowing|hearing|learning|understanding|seeing)",
    r"please be (?:\w+ )?(?:candid|honest|frank|open|specific|direct|clear|blunt)",
    r"please (?:\w+ )?(?:note|list|outline|mark|flag|name|say|jot down|describe)",
    r"(?:a|any|some) (?:short |brief |quick )?(?:list|note|summary|outline) of",
    r"i'd be (?:\w+ )?grateful", r"i would be (?:\w+ )?grateful", "i'd appreciate",
    "i would appreciate", r"(?:help|helps) me (?:to )?(?:understand|know|see|learn)",
)
_FELL_FLAT = any_of(
    r"(?:didn't|did not|failed to|wasn't|was not|weren't|were not|never) (?:\w+ )?(?:convince|"
    r"land|work|impress|resonate|come across|stand out|meet|measure up|persuade|win|click|hit|"
    r"go down|quite)", r"f[ae]ll flat", "falls flat", r"came across", r"come across",
    r"held (?:\w+ ){0,2}?back", r"hold (?:\w+ ){0,2}?back", r"holding (?:\w+ ){0,2}?back",
    r"impressions? (?:of|on)", r"thought of (?:my|me)", r"made of (?:my|me)",
    r"(?:were|was|got) (?:\w+ )?(?:scored|rated|marked|graded|judged|assessed|evaluated|weighed|"
    r"ranked|received|perceived|seen)", r"(?:stronger|better|more convincing|more competitive|"
    r"lasting) (?:impression|case|candidate|application|showing)",
    r"(?:would|could|might) have made (?:\w+ ){0,3}?(?:stronger|better|more|the difference)",
    r"(?:could|should|might) have (?:\w+ ){0,3}?(?:stronger|better|more \w+|differently)",
    r"(?:weakest|weaker|weak spots?|weak points?|weakness\w*|shortfalls?|blind spots?)",
    r"went (?:\w+ )?(?:wrong|badly|awry)", r"(?:did not|didn't) go (?:\w+ )?well",
    r"(?:skills?|areas?|experience|knowledge) (?:\w+ ){0,5}?(?:missing|lacking|lacked)",
    r"what (?:\w+ ){0,3}?(?:i should|i could|i might|i need to|to) (?:\w+ )?(?:work on|improve|"
    r"change|strengthen|do differently)",
    r"frank (?:assessment|view|opinion|account)", r"make (?:my|the) (?:\w+ ){0,2}?(?:stronger|"
    r"better|more \w+)", r"(?:rated|scored|marked|judged|assessed|graded|saw|viewed|perceived|"
    r"weighed) (?:my|me)\b", r"(?:didn't|did not) work for you",
    r"found (?:\w+ )?(?:unconvincing|weak|lacking|wanting|thin|unclear|missing)", "unconvincing",
    r"(?:fell|fall|was|were) (?:\w+ )?below (?:the )?(?:bar|mark|standard|level|line)",
    r"(?:didn't|did not) (?:clear|reach|meet|make) the (?:bar|mark|cut|grade)",
    r"raised (?:\w+ )?(?:doubts?|concerns?|questions|red flags|eyebrows)",
    r"(?:hurt|harmed|damaged|cost|weakened|undermined) my (?:\w+ )?(?:chances|application|"
    r"candidacy|case|prospects)",
    r"let (?:my|me) (?:\w+ ){0,2}?down",
    r"(?:honest|candid) (?:assessment|view|opinion|take)",
)
#: Thanks for what was said: "thank you for the notes on my answers" asks for nothing.
_THANKED = r"\bthank(?:s|ed|ing| you)\b"
_MINE = (r"\b(?:my|me|i)\b|\bthe (?:final |second |first |technical |last )?(?:interview|"
         r"round|panel|presentation|case study|task|test)\b")
FEEDBACK_SIDEWAYS: tuple[Signal, ...] = (
    Signal("feedback", r"\b(?:where|which|what|how|at what point)\b[^.?!]{0,30}\bmy (?:\w+ )?"
                       r"(?:presentation|answers?|interview|pitch|case study|application|cv|"
                       r"resume|performance|task|test|exercise|demo|talk|portfolio)\b[^.?!]{0,40}"
                       r"\b(?:lose|lost|go wrong|went wrong|fall short|fell short|miss|missed|"
                       r"fail|failed|disappoint\w*|lack\w*|weak\w*|flop\w*|stumble\w*)\b"
                       r"[^.!]*\?", unless=OWN_DEEDS),
    Signal("feedback", rf"\b{_ASK}\b[^.?!]{{0,80}}\b{_FELL_FLAT}\b", also=_MINE,
           unless=any_of(OWN_DEEDS, _THANKED)),
    Signal("feedback", rf"\b{_FELL_FLAT}\b[^.?!]{{0,60}}\b(?:would|will|could) (?:\w+ )?"
                       r"(?:help|be (?:\w+ )?(?:appreciated|welcome|useful|helpful|valuable)|"
                       r"mean)\b", also=_MINE, unless=any_of(OWN_DEEDS, _THANKED)),
)

# -- the hiring as the object of a judgement -----------------------------------------------

#: Words that show a clause is about the hiring: the decision, the writer as candidate.
ON_TOPIC = (
    r"\b(?:me|i|i'm|i've|i'd|my|mine|(?:your|the|this|that|hiring|final) decisions?|"
    r"choice|rejection|rejected|"
    r"candidates?|candidacy|applicants?|application|interview\w*|hiring|hire|hired|recruit\w*|"
    r"panel|shortlist\w*|selection|selected|verdict|offer|role|job|position|vacancy|"
    r"process|chose|chosen|passed|rounds?|tests?|tasks?|exercises?|assessments?|case stud\w+|"
    r"questions?|anyone|applicants?|interviewers?|recruiters?|you|mind|minds)\b"
)
#: Objects that are plainly the company's own work or another matter, not the hiring.
OFF_TOPIC = (
    r"\b(?:its|their|industry|industry's|market|markets|rate cards?|pric\w*|tariffs?|strateg\w*|"
    r"rollouts?|launch\w*|models?|forecasts?|forecasting|pilots?|products?|roadmaps?|plans|"
    r"expansion|routes?|routing|lanes?|fleet|vans?|couriers?|shippers?|suppliers?|vendors?|"
    r"customers?|drivers?|contracts?|warehouses?|depots?|software|systems?|tools?|data|"
    r"migrations?|budgets?|polic(?:y|ies)|quarters?|results|sales|prices|founders?|"
    r"the board|cloud|platform|network|algorithms?|reports?)\b"
)
#: The categories whose words judge an object, and so need the object to be the hiring.
TOPICAL = frozenset({"arguing", "blame", "revisit", "anger"})

# -- the older frames' classes, said more ways ---------------------------------------------

RESTATED: tuple[Signal, ...] = (
    Signal("arguing", r"\b(?:decision|choice|verdict|outcome|rejection|assessment|panel|"
                      r"committee|you|your \w+)\b (?:\w+ ){0,2}?(?:ignores?|ignored|overlooks?|"
                      r"overlooked|disregards?|disregarded|dismiss(?:es|ed)?|discounts?|discounted|"
                      r"fails? to (?:reflect|recogni[sz]e|account for|credit|see))\b[^.?!]{0,40}"
                      r"\b(?:my|me|everything i|what i|all i)\b", unless=_PRAISE),
    Signal("blame", r"\b(?:interviewed|assessed|judged|questioned|grilled|tested) by (?:\w+ ){0,3}?"
                    r"(?:who|that) (?:\w+ )?(?:hadn't|had not|didn't|did not|never|couldn't|could "
                    r"not|weren't|were not|wasn't|was not)\b"),
    Signal("arguing", r"\b(?:hard|difficult|impossible|tough) to (?:square|reconcile|justify|"
                      r"explain|defend|make sense of)\b",
           also=r"\b(?:decision|outcome|choice|verdict|rejection|result|my|me|this|that)\b",
           unless=_PRAISE),
    Signal("arguing", r"\byou(?:'ve| have|'d| had)? (?:\w+ ){0,2}?(?:underestimated|underrated|"
                      r"undervalued|misjudged|misread|overlooked|sold me short|written me off|wrote"
                      r" me off)\b", unless=OWN_WORK),
    Signal("reasons", r"\b(?:put|knocked|took|ruled|kept|pushed) me out(?: of (?:the )?(?:running|"
                      r"race|process|contention))?\b|\bout of the running\b",
           also=r"\b(?:know|what|why|which|tell|understand|explain)\b|\?", unless=OWN_WORK),
    Signal("pleading", r"\banything\b[^.?!]{0,20}\bif you(?:'ll| will| would)? (?:just |only )?"
                       r"(?:take|hire|have|give|let)\b|\b(?:just|please) (?:take|hire|have) me\b",
           unless=OWN_WORK),
    Signal("bitterness", r"\b(?:don't|do not) come (?:running|crying|back)\b|\bwhen (?:it|things|"
                         r"the \w+|your \w+) (?:falls?|goes|go) (?:apart|wrong|badly)\b",
           also=r"\b(?:you|your|me|don't|without me)\b", unless=any_of(OWN_WORK, _PRAISE)),
    Signal("blame", r"\b(?:had|has|have) (?:his|her|their|its|your) minds? (?:\w+ )?made up\b"
                    r"|\bminds? (?:was |were )?(?:already )?made up before\b"
                    r"|\b(?:far |much |way )?(?:more|longer) than (?:you|they|the \w+|your \w+) "
                    r"(?:had )?(?:said|promised|claimed|suggested|estimated|told me)\b"),
    Signal("other-offers", r"\b(?:deadline|answer|decision|offer) (?:\w+ ){0,2}?(?:from|with|at) "
                           r"(?:another|a different|an other|a rival|a competing) (?:\w+ )?"
                           r"(?:employer|company|firm|carrier|business)\b",
           unless=any_of(OWN_DEEDS, OUR_OFFER)),
    Signal("expected-better", r"\b(?:expected|hoped for|anticipated|deserved) (?:\w+ )?at least "
                              r"(?:a|an|some|one)\b|\bthe (?:very )?least (?:you|they|the \w+) "
                              r"could (?:have )?(?:do|done)\b", unless=OWN_WORK),
    Signal("closing-door", r"\b(?:don't|do not|please stop|stop) (?:send|sending|e-?mail|"
                           r"e-?mailing|contact|contacting|forward|forwarding)(?: me)? "
                           r"(?:any ?more |further |more |other )?(?:vacancies|jobs|roles|openings|"
                           r"alerts|offers|updates|opportunities|postings)\b"),
    Signal("revisit", r"\b(?:flexibility|room|wiggle room|leeway|scope|give) (?:\w+ )?(?:left )?"
                      r"(?:in|on|around|with) (?:the|your|this) (?:\w+ )?(?:decision|outcome|"
                      r"choice|verdict)\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:don't|do not|can't|cannot|fail to) (?:\w+ )?(?:understand|see|know|"
                      r"imagine) what (?:more|else) i could (?:\w+ )?(?:have )?(?:done|shown|given|"
                      r"offered|said|brought|proved)\b"),
    Signal("reasons", r"\bwhy\b[^.?!]{0,50}\b(?:not enough|insufficient|didn't count|did not "
                      r"count|wasn't enough|fell short|not good enough)\b[^.!]*\?"
                      r"|\bwhat (?:\w+ )?reasons? (?:could|can|would|might) there (?:possibly )?"
                      r"be\b|\b(?:what|which) reasons?\b[^.?!]{0,30}\b(?:choosing|hiring|picking|"
                      r"rejecting|turning|passing|preferring)\b",
           also=r"\b(?:i|me|my|mine|someone|somebody|him|her|them)\b"),
    Signal("pleading", r"\b(?:savings|money|funds|rent money|benefits) (?:are|is|were|was|have|"
                       r"has) (?:\w+ )?(?:gone|exhausted|running (?:out|low)|dwindling|depleted|"
                       r"spent|used up|run out)\b|\bcan(?:'t|not) (?:pay|cover|make) (?:the|my) "
                       r"(?:rent|bills|mortgage)\b", unless=OWN_WORK),
    Signal("bitterness", r"\bgood luck \w+ing\b",
           also=r"\b(?:someone|somebody|whoever|from scratch|without me|replac\w*|them|him|her|"
                r"that one|the person|your new|the new (?:hire|person|analyst|candidate))\b",
           unless=OWN_WORK),
    Signal("blame", r"\b(?:was|were|i'm|am|i was) (?:never|not) (?:even )?(?:given|offered|"
                    r"allowed|granted) (?:a|any|the|enough) (?:\w+ )?(?:chance|opportunity|time|"
                    r"moment|room|space) to (?:show|present|explain|demonstrate|discuss|ask|"
                    r"finish|answer|prove)\b", unless=OWN_DEEDS),
    Signal("concession", r"\b(?:junior|more junior|lower|smaller|lesser|reduced|entry-?level|"
                         r"temporary|part-?time) (?:\w+ )?(?:title|role|grade|salary|position|"
                         r"level|band|post|rate)\b",
           also=r"\b(?:would be fine|fine by me|fine with me|happy to|willing to|i'd (?:take|"
                r"accept|settle)|i would (?:take|accept|settle)|if it gets me|accept)\b",
           unless=OWN_WORK),
    Signal("arguing", r"\bme (?:\w+ )?the (?:stronger|better|best|obvious|right|natural|clear|"
                      r"ideal|strongest|safer|smarter) (?:choice|candidate|fit|pick|option|hire|"
                      r"applicant)\b|\bwould have (?:put|got|taken|moved|brought|carried|seen) "
                      r"me (?:through|forward|on|ahead|further|to the next)\b"
                      r"|\b(?:turning|sending|showing|waving) me (?:away|off|the door)\b"
                      r"[^.?!]{0,40}\b(?:mis\w+|mistake|error|wrong|short-?sighted|blunder|regret\w*|pity|"
                      r"shame|loss)\b", unless=OWN_WORK),
    Signal("revisit", r"\b(?:re-?think\w*|re-?consider\w*|revisit\w*|re-?evaluat\w*|re-?assess\w*|"
                      r"re-?open\w*|re-?examin\w*)\b",
           also=r"\byou(?:'ll|'d| will| would| might| could| may)\b|\bwhere i stand\b|\bmy "
                r"(?:position|standing|chances|case)\b",
           unless=any_of(OWN_WORK, r"\b(?:its|their|our)\b")),
    Signal("revisit", r"\bbe (?:looked at|considered|reviewed|assessed|read|weighed|examined|"
                      r"revisited|discussed) (?:\w+ )?(?:once more|again|afresh|anew|a second time)"
                      r"\b|\bput (?:things|this|it|matters) right\b",
           also=r"\b(?:me|my|decision|application|candidacy|outcome|choice)\b",
           unless=OWN_WORK),
    Signal("pleading", r"\b(?:don't|do not|please don't) (?:shut|close|lock) (?:me|the door on me)"
                       r"|\bany (?:shift|hours|role|job|task|position|contract)s? (?:\w+ )?you "
                       r"(?:need|want|have|like|name)\b|\bchange everything for me\b"
                       r"|\bnowhere (?:else )?to (?:go|look|turn)\b", unless=OWN_WORK),
    Signal("bitterness", r"\bhow long (?:\w+ ){0,4}?(?:lasts?|will last|survives?|stays?|holds? "
                         r"up|sticks? around)\b|\bnot that it matters\b|\byou(?:'re| are) "
                         r"(?:going to|gonna) need it\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:picked|chose|chosen|went with|hired|selected|preferred) (?:\w+ )?"
                      r"(?:the |a )?(?:weaker|lesser|worse|wrong|inferior|less (?:\w+ )?"
                      r"(?:qualified|experienced|capable)) (?:\w+ )?(?:profile|candidate|"
                      r"applicant|person|option|one|cv)\b"
                      r"|\b(?:nothing|none of|no part of|little) (?:in |of )?(?:\w+ ){0,3}?"
                      r"(?:justif\w+|explains?|warrants?|supports?)\b[^.?!]{0,30}\b(?:me|my|"
                      r"decision|putting|ranking|rejecting)\b"
                      r"|\b(?:putting|ranking|placing|rating) me (?:second|last|lower|below|"
                      r"behind)\b", unless=OWN_WORK),
    Signal("revisit", r"\b(?:weigh|consider|look at|hear|review|assess|judge|read|see|meet|"
                      r"hearing|seeing|meeting|reading|considering) (?:\w+ ){0,3}?(?:me|my "
                      r"(?:\w+ )?(?:application|candidacy|case|cv|file|profile)|it)(?: out)? "
                      r"(?:\w+ ){0,2}?(?:once more|one more time|again|afresh|anew|with fresh eyes"
                      r"|a second time)\b|\bwith fresh eyes\b|\bturn (?:this|it|things) "
                      r"(?:a)?round\b|\bbefore (?:it|you|the \w+) (?:\w+ )?(?:signs?|finali[sz]\w*|"
                      r"confirms?|closes?)\b",
           also=r"\b(?:me|my|please|you|your|would|could|hope|if|ask|panel|committee|decision)\b",
           unless=OWN_WORK),
    Signal("reasons", r"\b(?:how|why)\b[^.?!]{0,60}\b(?:ahead of|over|instead of|above|before|"
                      r"rather than) me\b[^.!]*\?"
                      r"|\bexplain\b[^.?!]{0,20}\bhow\b[^.?!]{0,60}\b(?:became|turned into|ended "
                      r"(?:up )?(?:as|in)|led to)\b[^.?!]{0,20}\b(?:no|rejection|refusal|decline)"
                      r"\b"),
    Signal("pleading", r"\blifeline\b|\bany (?:\w+ )?(?:opening|role|job|position|vacancy)\b"
                       r"[^.?!]{0,20}\b(?:you have|you've got|going|at all|whatsoever)\b"
                       r"|\b(?:let me|get my foot) in the door\b|\brunning on empty\b"
                       r"|\b(?:searching|looking|unemployed|out of work|job-?hunting|applying) "
                       r"(?:\w+ ){0,2}?for (?:\w+ ){0,2}?(?:months|years)\b"
                       r"|\bcan(?:'t|not) (?:face|take|bear|handle) (?:another|one more|much "
                       r"more)\b", unless=OWN_WORK),
    Signal("bitterness", r"\b(?:won't|will not|will never|never|can't|cannot) (?:\w+ )?get "
                         r"(?:\w+ )?back\b"
                         r"|\b(?:hire|choice|pick|candidate|analyst)\b[^.?!]{0,30}\bat least\b"
                         r"|\bwithout me\b",
           also=r"\b(?:weekends?|evenings?|hours|days|weeks|months|time|preparation|effort|"
                r"hope|hire|choice|pick|candidate|analyst|good luck|see how|cope|manage|"
                r"bargain)\b", unless=any_of(OWN_WORK, _PRAISE)),
    Signal("for-your-sake", r"\bfor (?:the )?(?:good|benefit|sake|well-?being) of (?:your|the "
                            r"(?:company|team|firm|business))\b|\bfor (?:\w+'s|your \w+'s) "
                            r"(?:sake|good)\b"),
    Signal("concession", r"\b(?:below|under|beneath|less than) (?:the |your )?(?:advertised|posted|"
                         r"listed|stated|offered|usual) (?:\w+ )?(?:level|grade|salary|rate|band|"
                         r"pay|package|range|title)\b"
                         r"|\b(?:\w+ )?(?:grades?|levels?|bands?|steps?) (?:below|down|lower)\b",
           also=r"\b(?:i|i'd|i'm|happy|willing|could|would|start|take|accept|if)\b",
           unless=OWN_WORK),
    Signal("arguing", r"\b(?:doesn't|does not|didn't|did not|won't|will not|cannot|can't)"
                      r" (?:\w+ )?survive (?:\w+ ){0,2}?(?:look|scrutiny|examination|reading|"
                      r"inspection)\b", unless=OWN_WORK),
    Signal("bitterness", r"^\W*(?:enjoy|have fun) (?:explaining|telling|dealing|finding|watching|"
                         r"training|cleaning up|fixing|justifying|your)\b"
                         r"|\b(?:weeks?|months?|days?|hours?|evenings?|weekends?) of my life\b"
                         r"|\bshould have known better than to\b", unless=OWN_WORK),
    Signal("pleading", r"\bfind (?:a |some |any )?(?:place|spot|role|room|position|something|"
                       r"a way|a seat) (?:\w+ )?for me\b|\bsomewhere,? anywhere\b|\banything,? "
                       r"anything\b|\bany (?:role|job|position|place|opening) (?:at all|whatsoever)"
                       r"\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:saying|to say|the (?:claim|idea|suggestion|assumption|notion|view|"
                      r"impression|conclusion|feedback|statement)|your (?:claim|feedback|"
                      r"assessment|view|conclusion|impression|statement)) that (?:i|my)\b"
                      r"[^.?!]{0,50}\b(?:is|was|seems|feels)(?: \w+)? (?:incorrect|wrong|untrue|"
                      r"false|inaccurate|not true|not accurate|mistaken|unfair|nonsense|"
                      r"simply not|just not|plainly wrong)\b"
                      r"|\b(?:not true|untrue|false|incorrect|inaccurate|simply wrong) (?:to say )?"
                      r"that (?:i|my)\b"),
    Signal("reasons", r"\b(?:why|how come)\b[^.?!]{0,60}\b(?:so long|this long|take\w* "
                      r"(?:\w+ ){0,3}?(?:weeks?|months?|days?|so long|this long)|took (?:\w+ )"
                      r"{0,3}?(?:weeks?|months?|so long))\b[^.!]*\?"),
    Signal("arguing", r"\b(?:let|letting) (?:\w+ ){0,2}?(?:better|best|stronger|strongest|right|"
                      r"ideal|obvious) (?:\w+ )?(?:applicant|candidate|person|hire|one|choice) "
                      r"(?:go|slip|walk|get away)\b|\b(?:let|letting) me (?:go|slip|walk)\b",
           unless=OWN_WORK),
    Signal("arguing", r"\b(?:does not|doesn't|did not|didn't|won't|will not|cannot|can't)"
                      r" (?:\w+ )?(?:hold water|hold up|stand up to (?:\w+ )?scrutiny|bear "
                      r"(?:\w+ )?scrutiny|stack up|survive (?:\w+ )?scrutiny)\b",
           unless=OWN_WORK),
    Signal("arguing", r"\b(?:chose|choose|choosing|picked|picking|prefer\w*|went for|favou?r\w*|"
                      r"valued|valuing|reward\w*) (?:[\w']+ ){0,4}?over (?:my|me)\b",
           unless=OWN_WORK),
    Signal("arguing", r"\bi (?:\w+ )?(?:should|ought to) have been (?:hired|chosen|picked|"
                      r"selected|offered|shortlisted|appointed|given (?:the|this|that))\b"),
    Signal("revisit", r"\bchang(?:e|ed|ing) (?:your|the|this) (?:\w+ )?(?:mind|minds|decision|"
                      r"verdict|choice)\b|\b(?:fresh|second|new|another|further|renewed) "
                      r"(?:review|reading|assessment|evaluation|hearing|consideration|pass|read|"
                      r"glance)\b",
           also=r"\b(?:me|my|please|you|your|would|could|hope|if)\b", unless=OWN_WORK),
    Signal("other-offers", r"\bi (?:\w+ )?(?:have|'ve|had|hold|got|am holding) (?:\w+ )?(?:other|"
                           r"several|two|three|competing|multiple|more) (?:\w+ )?offers?\b",
           unless=OWN_DEEDS),
    Signal("blame", r"\b(?:hadn't|had not|haven't|have not|never|didn't|did not|wasn't|weren't)"
                    r" (?:even |once |actually |really )?(?:read|opened|looked at|seen|"
                    r"considered|listened to)\b[^.?!]{0,20}\b(?:my|me)\b",
           also=rf"\b{_THEY}\b", unless=any_of(OWN_WORK, r"\bi (?:\w+ )?(?:hadn't|had not|"
                                                    r"haven't|have not|never|didn't)\b")),
)
