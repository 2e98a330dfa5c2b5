"""English frames for complaints told rather than stated: the question, the story,
the irony, the doubt about the person hired, the expectation let down.

The frames in ``english`` and ``english_topics`` find a judging word aimed at
the decision. Writers who are careful with words leave that word out and let
the shape of the sentence carry it:

- a *question about the decision* ("What exactly did the panel find lacking?",
  "Was it my age?"): any question whose topic is the hiring and the writer's
  part in it asks for reasons, whatever its verb;
- a *story about their side* ("My references were never even called", "the
  task was graded by someone who didn't understand it"): the writer or the
  writer's work as the one acted on, by a verb of neglect or unfair handling;
- *irony*: praise words where no praise is meant ("how efficient", "what a
  lovely way to"), mockery of oneself ("silly me"), a warning to others;
- the *person hired* named together with a lack ("no background", "will need a
  lot of training") or set against the writer;
- an *expectation let down*: what the writer thought a company "of your
  standing" would do, or what a candidate "deserves".

Each frame is a topic class crossed with a stance class, and is switched off
when the sentence is about the writer's own work (``english.OWN_WORK``).
Patterns are written for the plain, lower-case form of the text (see
``reading``) and run on the linear-time engine.
"""

from __future__ import annotations

from .english import HIRED, OWN_DEEDS, OWN_WORK
from .frames import Signal
from .pattern_parts import any_of

#: Praise and thanks: a sentence that admires or thanks is not read as a complaint.
_PRAISE = (r"\b(?:enjoy\w*|lov(?:e|ed)|admire\w*|impress\w*|fascinat\w*|thank\w*|grateful "
           r"(?:to|that)|appreciat\w*|inspir\w*|learned|learnt|congratulat\w*)\b")

# -- topics ---------------------------------------------------------------------------------

#: What the hiring is made of, from the writer's side: the decision and its parts.
_HIRING = any_of(
    r"decid\w*", r"decisions?", "deciding factor", r"factors?", r"criteri(?:a|on)",
    r"reasons?", "reasoning", "rationale", "grounds", "basis", "panel", "committee",
    r"interviewers?", r"recruiters?", r"hiring \w+", "hr", r"reject\w*", r"turn\w* (?:me )?down",
    r"(?:not|n't|never) (?:\w+ )?(?:chosen|selected|picked|hired|shortlisted|successful|"
    r"invited|offered)", r"chose|chosen|picked|preferred|selected|appointed", r"the cut",
    r"my (?:\w+ )?(?:application|candidacy|profile|cv|resume|interview|answers?|"
    r"presentation|case study|age|salary|expectations|experience|background|"
    r"accent|qualifications|record)", "the other (?:candidate|applicant|finalist|person)",
    "someone else", "somebody else", r"strong fit", r"good fit", r"(?:get|got|did) (?:\w+ )?wrong",
    r"lacking", r"missing", r"fell short", r"short of", r"set aside", r"passed over",
    r"screened out", r"filtered out", r"(?:in|at|after) the (?:final|last|second|first) round",
)
#: Their side of the hiring as the actor of a story.
_THEY = any_of(
    "you", r"your (?:\w+ ){0,2}?\w+", "they", "he", "she", "nobody", "no one", "someone",
    "somebody",
    r"the (?:\w+ )?(?:panel|committee|board|recruiters?|interviewers?|hiring (?:manager|team)|"
    r"manager|coordinator|hr(?: team)?|company|firm|assessors?|reviewers?|chair|director)",
)
#: The writer's application and its parts, as the thing their side handled.
_MY_FILE = (r"\bmy (?:\w+ )?(?:references?|referees?|portfolio|application|cv|resume|"
            r"documents?|papers|file|work samples?|code|submission|test|answers?|"
            r"case study|presentation|cover letter|certificates?|samples?|candidacy|questions|"
            r"concerns|e-?mails|messages|calls|follow-ups?)\b")

# -- reasons: a question about the decision --------------------------------------------------

#: A question put in the body: to them, about the decision, or the writer's part in it.
_QUESTION = r"\?\W*$"
#: Asking to know: the request and the demand alike.
_ASK_TO_KNOW = any_of(
    r"(?:tell|show|explain to|let) me(?: know)?", r"help(?:s)? me (?:to )?(?:know|understand|see)",
    r"(?:grateful|thankful) for (?:a|an|the|some)", r"i (?:\w+ ){0,2}?(?:need|want|would like|"
    r"'d like|insist on|must insist|demand|require|expect|deserve) (?:to )?(?:know|hear|"
    r"understand|learn|see|knowing|hearing|an? )",
    r"i'd (?:need|want|like) to (?:know|hear|understand|learn|see)",
    r"insist\w* on (?:knowing|hearing|an?|the|being told)",
    r"(?:struggl\w+|trying|at a loss|unable|fail\w*) to (?:see|understand|work out|figure out|"
    r"make out|grasp)", r"(?:appreciate|welcome|value) (?:hearing|knowing|learning|understanding)",
    r"left wondering", r"still wondering", r"can(?:'t|not) work out",
    r"can(?:'t|not) figure out",
)
#: What is asked for: the reasons, or where the writer fell short.
_WHAT_DECIDED = any_of(
    r"(?:the |a |any )?(?:specific |exact |real |actual |concrete |clear |precise )?(?:reasons?|"
    r"reasoning|rationale|grounds|basis|deciding factor|account of how|explanation)",
    r"why (?:i|my|me|you|the|your)", r"what (?:\w+ ){0,3}?(?:tipped|decided|swung|went wrong|"
    r"was wrong|was missing|was lacking|counted against|made the difference|more i)",
    r"which (?:\w+ )?(?:criteria|criterion|requirements?|boxes|skills?) (?:i|my)",
    r"what (?:the )?(?:\w+ )?(?:candidate|applicant|person|hire) had",
    r"how (?:the|your) (?:\w+ )?decision was (?:reached|made|taken)",
    r"how (?:the|your|a|the same) (?:\w+ ){0,3}?(?:panel|committee|decision|interviewers?|hiring "
    r"manager)",
    r"what (?:the )?(?:\w+ )?(?:candidate|applicant|person|hire|finalist) (?:did|said|showed|"
    r"offered|brought)",
)

REASONS: tuple[Signal, ...] = (
    Signal("reasons", rf"\b{_HIRING}\b[^?]*{_QUESTION}",
           also=r"\b(?:what|why|how|which|was it|were|did|does|do|is it|on what|who|could|would|"
                r"whether|if)\b",
           unless=any_of(OWN_WORK, _PRAISE, r"\b(?:similar|future|other|upcoming|next) "
                                          r"(?:roles?|openings?|positions?|vacancies)\b",
                       r"\bkeep (?:me|my)\b")),
    Signal("reasons", rf"\b{_ASK_TO_KNOW}\b[^.?!]{{0,40}}\b{_WHAT_DECIDED}\b",
           unless=any_of(OWN_DEEDS, r"\bthank\w*\b", r"\b(?:your|the) (?:team|company)'s (?:plans|"
                                                  r"work)\b")),
)

# -- blame: a story of their side's neglect or unfair handling -------------------------------

#: What was done to the writer or the writer's file, told as neglect or unfairness.
_MISHANDLED = any_of(
    r"(?:never|not|barely|hardly) (?:even |once |actually )?(?:called|contacted|read|opened|"
    r"checked|looked at|reviewed|considered|marked|acknowledged|answered|returned|followed up)",
    r"kept waiting", r"left waiting", r"left hanging", r"dismissed", r"marked down",
    r"penali[sz]ed", r"graded down", r"docked", r"brushed off", r"rushed through",
    r"cut short", r"judged on", r"assessed on", r"scored on", r"told one thing",
    r"given (?:the )?(?:wrong|different|conflicting|no) (?:\w+ )?(?:brief|information|"
    r"instructions|details)", r"held (?:it )?against me", r"screened out", r"filtered out",
    r"lost", r"mislaid", r"misplaced", r"ignored", r"overlooked", r"brushed aside",
    r"waved (?:away|aside|off)", r"laughed off", r"shrugged off",
)
#: Who handled it badly: someone without the knowledge, or a mind made up.
_WRONG_HANDS = any_of(
    r"(?:graded|marked|judged|assessed|reviewed|scored|read|evaluated) by (?:someone|somebody|"
    r"people|a person|an? \w+) (?:who|that) (?:\w+ ){0,2}?(?:didn't|did not|couldn't|could not|"
    r"had no|hadn't|had not|never|knew nothing|clearly|obviously)",
    r"(?:had|have|has) (?:someone|somebody|another \w+|a \w+ candidate|an internal \w+) "
    r"(?:else )?in mind", r"(?:designed|meant|built|set up|intended|written|made) to "
    r"(?:filter|screen|weed|keep|trip|catch|rule) (?:\w+ )?(?:out|up|me)",
    r"more interested in (?:my|the) (?:\w+ )?(?:accent|age|appearance|looks|gender|name|"
    r"nationality|background|postcode|school|clothes|weight|hair|religion|health|family)",
    r"(?:moved|shifted|changed) the goal ?posts",
    r"(?:contradicted|conflicted with|was at odds with|didn't match|did not match) "
    r"(?:everything|what|anything|all)",
    r"(?:a|an|with|showed|shows) (?:\w+ ){0,2}?(?:carelessness|indifference|disregard|contempt|"
    r"arrogance|sloppiness|incompetence|disorgani[sz]ation|rudeness|lack of (?:care|respect|"
    r"preparation|courtesy|professionalism|interest|organi[sz]ation|attention))",
    r"(?:no|not a|hardly a|not the) (?:fair |real |proper |serious )?way to (?:judge|assess|"
    r"evaluate|measure|treat|choose|pick|hire|run|test|rate)",
    r"then (?:blamed|dismissed|ignored|rejected|penali[sz]ed|marked) me",
    r"(?:ghosted|went silent on|stopped answering|stopped replying to) me",
)
BLAME_TOLD: tuple[Signal, ...] = (
    Signal("blame", rf"(?:\bi (?:was|got|had been|have been|'ve been)|{_MY_FILE} (?:was|were|"
                    rf"had been|have been|got)) (?:\w+ ){{0,3}}?{_MISHANDLED}\b",
           unless=any_of(OWN_WORK, _PRAISE, r"\b(?:customers?|clients?|users?|drivers?|staff)\b",
                       r"\b(?:kindly|warmly|quickly|promptly|well|fairly|carefully)\b")),
    Signal("blame", rf"\b{_WRONG_HANDS}\b",
           unless=any_of(OWN_DEEDS, _PRAISE, r"\b(?:customers?|clients?|users?|drivers?|"
                                           r"our|we)\b")),
    Signal("blame", rf"\b{_THEY}\b (?:[\w']+ ){{0,3}}?(?:lost|mislaid|misplaced|ignored|"
                    r"contradicted|forgot|skipped|cancell?ed|rescheduled|blamed me|turned up "
                    r"(?:\w+ ){0,3}?late|came (?:\w+ ){0,3}?late|arrived (?:\w+ ){0,3}?late|spent "
                    r"(?:\w+ ){0,4}?(?:checking|on|looking at) (?:their|his|her) (?:phones?|"
                    r"laptops?|e-?mails?|screens?|watch(?:es)?))\b",
           also=r"\b(?:me|my|mine|i)\b",
           unless=any_of(OWN_WORK, _PRAISE, r"\b(?:customers?|clients?|users?|drivers?|"
                                          r"suppliers?|vendors?)\b")),
    Signal("blame", r"\b(?:made|taken|decided|settled|done|over) (?:\w+ ){0,2}?(?:before|long "
                    r"before|ahead of) (?:i|my|we) (?:\w+ )?(?:walked|came|arrived|met|spoke|sat|"
                    r"interview\w*|applied)\b", unless=OWN_WORK),
)

# -- bitterness: irony, self-mockery, warning others ----------------------------------------

#: Praise words used against the reader: "how efficient", "what a lovely way".
_IRONIC = any_of(
    "efficient", "nice", "lovely", "kind", "thoughtful", "generous", "professional",
    "considerate", "modern", "refreshing", "reassuring", "encouraging", "charming",
    "delightful", "wonderful", "brilliant", "fantastic", "great", "classy", "gracious",
    "touching", "helpful", "respectful", "humane", "fair",
)
IRONY: tuple[Signal, ...] = (
    Signal("bitterness", any_of(
        rf"\bhow {_IRONIC}\W*$", rf"\bwhat an? (?:\w+ )?{_IRONIC} (?:way|use|lesson|"
        r"experience|reward|end|ending|welcome|thank you|response)\b",
        rf"\b(?:how|it must be|must be) {_IRONIC} (?:it must be )?to (?:have|be|get|know)\b",
        r"\b(?:silly|foolish|naive|stupid|dumb|daft|more fool) (?:of )?me\b",
        r"\b(?:my|our) (?:mistake|fault|error) for (?:thinking|believing|assuming|hoping|"
        r"trusting|taking)\b",
        r"\bi (?:should|ought to) have known better\b",
        r"\b(?:take|took|taking) it as a compliment\b",
        r"\b(?:glad|happy|thrilled|delighted|honou?red|pleased|proud) to have (?:been|served "
        r"as) (?:such )?(?:a|an|your) (?:\w+ )?(?:benchmark|yardstick|backup|reserve|"
        r"comparison|reference point|practice run|guinea pig|stand-in|placeholder|token|"
        r"box|second choice|fallback|plan b)\b",
        r"\b(?:everything|exactly what|just what|all) (?:that )?you deserve\b",
        r"\b(?:delighted|happy|pleased|thrilled) (?:\w+ )?with the (?:savings|saving|"
        r"discount|bargain|cheaper)\b",
        r"\bworth the (?:trouble|wait|risk|money|savings|gamble|hassle)\b",
        r"\bno hard feelings,? but\b",
        r"\b(?:at least|now) (?:now |at last )?i (?:know|see|understand) (?:where|how|what|"
        r"who|exactly)\b",
        r"\b(?:tell|warn|let|share (?:it )?with|mention (?:it )?to|remind) (?:\w+ )?(?:other|"
        r"fellow|future|all) (?:\w+ )?(?:candidates|applicants|job ?seekers|jobseekers|"
        r"people|colleagues|contacts|engineers)\b",
        r"\bafford to (?:lose|turn away|pass up|reject|waste|let go of|throw away)\b",
        r"\bnot what you (?:were|are) (?:after|looking for|interested in)\b",
        r"\b(?:over|under)-?qualified for your (?:standards|taste|liking|needs)\b",
        r"\bwasted (?:a|an|my|our|one|two|three|four|five|six|several|whole|entire|the "
        r"whole|the better part of) (?:\w+ )?(?:month|months|week|weeks|day|days|time|effort|"
        r"evenings?|weekends?|morning|afternoon)\b",
        r"\b(?:good|nice|reassuring|interesting|useful|helpful) to (?:know|see|learn) (?:that |"
        r"how |what )?(?:\w+ ){0,5}?(?:counts? for|matters?|means?|is worth)\b",
    ), unless=any_of(OWN_WORK, r"\b(?:customers?|clients?|users?|drivers?|staff)\b",
                   r"\b(?:thank you|thanks) for (?:your|the) (?:time|kind|"
                             r"consideration)\b")),
    Signal("bitterness", r"\b(?:apparently|evidently|obviously|clearly|seemingly|it seems|"
                         r"it appears)\b[^.?!]{0,50}\b(?:not|no|n't|never|drawback|"
                         r"disadvantage|liability|handicap|hindrance|too (?:much|old|"
                         r"experienced|qualified)|counts? for (?:so |very )?(?:little|nothing))"
                         r"\b",
           also=r"\b(?:these days|nowadays|you|your|experience|being|quality|qualit(?:y|ies)|"
                r"loyalty|skills?|best person|a drawback)\b",
           unless=any_of(OWN_WORK, _PRAISE, r"\bclearly written\b")),
    Signal("bitterness", r"\b(?:counts?|counted|counting) for (?:so |very |precious |"
                         r"remarkably )?(?:little|nothing|naught|zero)\b", unless=OWN_WORK),
    Signal("bitterness", r"\bi(?:'m| am) sure (?:\w+ ){1,5}?(?:will|would) (?:be )?(?:\w+ )?"
                         r"(?:delighted|thrilled|happy|pleased|everything|exactly|perfect|"
                         r"worth)\b",
           also=r"\b(?:deserve|savings|cheap\w*|for the money|in the end|eventually|"
                r"shareholders?|bosses|board)\b", unless=any_of(OWN_WORK, _PRAISE)),
)

# -- comparison: the person hired with a lack, or set against the writer --------------------

#: The person hired, also as a story names them.
_THE_HIRE = any_of(
    HIRED, r"whoever (?:\w+ ){0,2}?(?:got|gets|took|won|landed|filled) (?:the|this|that) "
    r"(?:\w+ )?(?:role|job|position|post|offer|seat)", r"your (?:pick|choice|appointee)",
    r"the (?:\w+ )?(?:hire|appointee|newcomer|new (?:\w+ )?(?:starter|hire|coordinator|"
    r"manager|engineer|analyst|lead|planner|person|colleague|recruit|employee|\w+er|\w+or|"
    r"\w+ist))", r"an? (?:junior|graduate|fresh|younger|greener|cheaper|less \w+) "
    r"(?:\w+ )?(?:hire|graduate|candidate|applicant)",
    r"(?:the )?(?:job|role|position|post|offer) went to", r"(?:was|were|got) preferred (?:to|over)",
    r"the other (?:\w+ )?(?:applicant|candidate|finalist)",
    r"lo(?:se|st|sing) (?:out )?to (?:someone|somebody|a|an|the)", r"(?:the|whoever is|whoever's)"
    r" (?:person|one) in the (?:role|job|seat|post)",
)
#: A lack, or the writer set against them.
_LACK = any_of(
    r"(?:no|little|limited|without|zero|hardly any|not much) (?:\w+ ){0,2}?(?:background|"
    r"experience|track record|knowledge|expertise|record|history|years)",
    r"graduated (?:only )?(?:last|this) (?:year|month|summer)", r"fresh (?:out|graduate)",
    r"(?:need|needs|require|requires) (?:\w+ ){0,3}?(?:training|hand-?holding|support|"
    r"mentoring|time to learn|onboarding)",
    r"(?:runs?|run|ran|get|gets|got) into (?:\w+ )?(?:trouble|difficult\w+|problems)",
    r"struggl\w+", r"out of (?:their|his|her) depth", r"big shoes", r"interviews? well",
    r"(?:charming|polished|confident|articulate|smooth|likeable|presentable),? but",
    r"on paper", r"really (?:stronger|better|more)", r"or (?:just|simply|merely) (?:cheaper|"
    r"younger|better connected|louder)", r"(?:a )?proven", r"(?:i|i'll|i will) (?:still )?be "
    r"(?:here|around|available)", r"you know where to find me",
    r"(?:i|i'd|i would) (?:\w+ )?(?:have|could have|wouldn't have|would not have)",
    r"\bas i (?:could|would|did|do|can)\b", r"(?:outdo|outshine|outperform|match)\w*",
    r"cheaper", r"another matter", r"(?:half|a fraction) (?:of )?(?:the|my|what)",
    r"but i (?:\w+ )?(?:know|have|had|bring|did|do|ran|run|built|led|can)",
    r"(?:see|seeing) (?:how|whether|if)", r"what i (?:\w+ )?(?:know|knew|have|did|do|bring)",
    r"i (?:ran|led|built|managed|did) (?:\w+ ){0,3}?for (?:\w+ )?years",
    r"(?:will|would) (?:make|be) (?:\w+ ){0,4}?(?:interesting|fun|an education|a steep|eventful)",
    r"(?:i've|i have|i had) already", r"(?:ready|prepared) for", r"interviews? (?:\w+ )?"
    r"(?:brilliantly|beautifully|well|nicely)", r"(?:a|another) different (?:skill|thing|matter)",
    r"than (?:my|mine|me|i)", r"(?:call|ask|find|phone|ring) me", r"needs? a hand",
)
HIRE_DOUBTED: tuple[Signal, ...] = (
    Signal("comparison", rf"\b{_THE_HIRE}\b", also=rf"\b{_LACK}\b",
           unless=any_of(r"\b(?:i|we) (?:\w+ )?(?:mentored|trained|coached|onboarded|helped|"
                       r"taught|hired|recruited|welcomed|supported)\b", r"\b(?:our|my) new \w+",
                       r"\bwish (?:them|him|her|the \w+)? ?(?:every|all|the best|well|success)\b",
                       r"\b(?:i'm|i am) (?:glad|happy|delighted)\b",
                       r"\b(?:enjoy\w*|thriv\w*|settl\w*|welcom\w*)\b")),
    Signal("comparison", r"\b(?:years?|experience|record|results|track record|expertise) "
                         r"(?:\w+ ){0,4}?(?:count|counts|counted|matter|matters|mattered|weigh|"
                         r"weighs|are worth|is worth) (?:for )?(?:\w+ )?more than (?:a|an|the|"
                         r"one|some) (?:\w+ )?(?:interview|presentation|performance|chat|"
                         r"conversation|smile|pitch|cv|degree|impression|answer)\b",
           unless=OWN_WORK),
)

# -- expected better: what a company like theirs would do --------------------------------------

#: What the writer took them for.
_TOOK_YOU = any_of(
    r"i (?:\w+ )?(?:thought|assumed|expected|imagined|believed|presumed|supposed|trusted) "
    r"(?:that )?(?:a|an|your|you|the|such a|someone|they|companies|employers|firms)\b"
    r"[^.?!]{0,60}\b(?:would|will|to) (?:\w+ ){0,2}?(?:at least|differently|better|more|"
    r"properly|personally|call|phone|reply|respond|explain|handle|treat|show|give|offer|"
    r"extend|manage)",
    r"i(?:'d| would) have (?:thought|expected|assumed|hoped for|imagined)\b",
    r"(?:had|have) you (?:down|pegged|marked) as", r"took you for",
    r"(?:of|from) (?:a|an) (?:company|firm|employer|business|organi[sz]ation) (?:of|with|"
    r"like) (?:your|its)",
    r"you(?:,)? of all (?:\w+ )?(?:employers|companies|firms|people|teams|organi[sz]ations)",
    r"(?:you|your (?:\w+ )?\w+|the company|they) (?:\w+ )?should (?:know|have known|do|have "
    r"done) better",
    r"(?:not|n't|never|fail(?:ed|s)? to|failed to) live up to (?:its|your|their|the) (?:\w+ )?"
    r"(?:reputation|values|promises?|image|standards?|name|brand|word|claims?)",
    r"(?:candidates?|applicants?|finalists?|people|i|anyone|someone) (?:\w+ ){0,3}?"
    r"(?:deserves?|deserved|earned|earns) (?:better|more|a (?:proper|personal|real|"
    r"decent|better))",
    r"(?:earned|earns|deserved|deserve|merited|merit|warranted) (?:\w+ )?more than (?:a|an|two|"
    r"one|three|\w+ line)",
    r"not the (?:\w+ )?(?:professionalism|standard|courtesy|respect|care|level|treatment|"
    r"experience|process|conduct|way) (?:that )?(?:i|one|we|your|you)\b[^.?!]{0,30}\b"
    r"(?:associate|expect\w*|describ\w*|promis\w*|advertis\w*|claim\w*|preach\w*)",
    r"what i (?:had been|was|'d been) led to (?:expect|believe)",
    r"(?:promises?|promised|claims?|values statement|careers page|brand)\b[^.?!]{0,40}\b"
    r"(?:letdown|let-?down|let me down|disappoint\w*|hollow|empty)",
    r"(?:let|left) (?:\w+ )?down by (?:how|the way|your|the)",
    r"(?:high|higher|greater) expectations (?:of|for|from)",
    r"(?:does|do|did) not (?:match|reflect|meet) the (?:\w+ )?(?:standards?|quality|level)"
    r" of your",
)
LET_DOWN: tuple[Signal, ...] = (
    Signal("expected-better", rf"\b{_TOOK_YOU}\b",
           unless=any_of(OWN_WORK, r"\bthan (?:i|we) (?:had )?(?:expected|hoped|thought)\b",
                       r"\b(?:timing|our paths|the news)\b",
                       r"\b(?:customers?|clients?|users?|drivers?)\b")),
)

# -- broad frames: their side with a turn for the worse, irony around the rejection ----------

#: Their side (or their tools) as the actor of a clause.
_ACTOR = any_of(
    "you", r"your (?:\w+ ){0,2}?(?:team|recruiters?|interviewers?|panel|hr|department|"
    r"company|firm|manager|chair|coordinator|scheduler|scheduling team|assistant|staff|"
    r"colleagues?|people|platform|portal|system|advert|ad|posting|email|process|side)",
    r"the (?:\w+ ){0,2}?(?:recruiters?|panel|chair|interviewers?|hiring manager|hr|committee|"
    r"coordinator|scheduler|assessors?|platform|portal|system|job (?:advert|ad|posting|"
    r"description)|advert|posting|invitation|brief|hiring team|company|firm|people|manager|"
    r"director|head of \w+)", "nobody", "no one", r"someone (?:in|at|from|on) your",
    "they", r"(?:he|she) (?:had|was|never|didn't|did not|left|forgot|kept)",
    r"the (?:person|man|woman|people|one|ones) (?:who|that) (?:\w+ )?(?:interviewed|assessed|met|"
    r"called|screened|ran|led|chaired|marked|graded)", r"one (?:of the )?(?:panell?ists?|"
    r"interviewers?|panel members?|assessors?)", "anyone", "anybody",
)
#: A turn for the worse: negation, contrast with what was due, a mishap.
_TURN = any_of(
    "never", "not", r"\w+n't", "nobody", "no one", "nothing", "instead", "wrong", "already",
    "as though", "as if", "without", "forgot", "forgotten", "deleted", "lost", "crashed",
    "left the room", "walked out", r"cancell?ed", r"reschedul\w+", "among themselves",
    r"(?:\w+ )?late", "barely", "hardly", "formality", "turned out", r"still (?:scored|judged|"
    r"marked|rated|assessed|rejected)", r"aloud", "for the first time", "only after",
    r"(?:it|they|he|she|the \w+) came after", "no longer", "to the wrong", "in the wrong",
    r"denied", "went back on", r"backtrack\w*", r"contradict\w*",
    r"(?:spent|spending) the (?:whole|entire) (?:\w+ )?(?:session|interview|time|hour|call|"
    r"meeting)",
)
#: Kindness, thanks or understanding in the clause: a story told in good faith.
_GOOD_FAITH = any_of(
    _PRAISE, r"\b(?:kind|kindly|warm|warmly|helpful|patient|patiently|generous|clear|clearly|"
    r"gracious|thoughtful|considerate|quick|promptly|fair|fairly|honest|honestly|open)\b",
    r"\bi (?:\w+ )?(?:understand|know|respect|realise|realize|accept|see why)\b",
    r"\b(?:rush|rushed|hurry|hurried|pressure|pressured|interrupt\w*)\b",
    r"\b(?:similar|future|other) (?:roles?|openings?|positions?)\b",
    r"\b(?:don't|do not|wouldn't|would not) mind\b", r"\b(?:if|unless|in case|whether) you\b",
    r"\b(?:could|would|can|will) you\b",
)
#: Positive words that praise nothing: "fantastic", "lovely of you", "congratulations".
_IRONIC_PRAISE = any_of(
    "fantastic", "great", "lovely", "comforting", "reassuring", "flattered", "flattering",
    "glad", "delighted", "thrilled", r"honou?red", "nice", "wonderful", "brilliant", "charming",
    "touching", "congratulations", "impressive", "refreshing", "good to know", "kind of you",
    "lovely of you", "generous of you", "thoughtful of you", "nothing says", r"what (?:\w+ )?"
    r"(?:high|lofty|exacting|rigorous) standards", "be sure to frame", "file this under",
    r"had no idea", r"who knew",
)
#: The rejection and its manner, as the thing the praise is about.
_AGAINST_ME_EVENT = any_of(
    r"reject\w*", r"turn\w* (?:me )?down", r"not (?:good enough|worth|selected|chosen)",
    r"wasn't (?:good enough|worth)", r"went to (?:someone|somebody|a|an|the)",
    r"cheaper than me", r"automated (?:\w+ )?(?:message|email|e-mail|reply|letter|note)",
    r"form (?:letter|email|e-mail|rejection)", "unsigned", "template", "quota",
    r"(?:three|four|five|six|seven) (?:rounds|interviews|weeks|months)", r"ghost\w*",
    "disadvantage", "well connected", "better connected", r"in the same (?:sentence|breath|email)",
    "help you fill", "decide i", "lessons learned", r"matters? more than",
    r"counts? (?:for )?more than", r"worth more than", r"cheaper (?:option|hire|candidate)",
    "came along",
)
_SINCERE = (r"\b(?:even though|although|though|despite|while|but i|and i (?:am|'m) grateful|"
            r"thank you for (?:your|the) (?:time|consideration|kind)|i (?:am|'m) (?:grateful|"
            r"thankful)|i appreciate|i appreciated)\b")
#: The writer's deeds and earlier workplaces: a story about them is their work, but a story
#: about "my presentation" is still about the hiring.
_MY_STORY = any_of(OWN_DEEDS, r"\b(?:at|in|during|from) my (?:last|previous|former|current|old|"
                            r"first|present) \w+")
BROAD: tuple[Signal, ...] = (
    Signal("blame", rf"\b{_ACTOR}\b (?:[\w'-]+ ){{0,8}}?{_TURN}\b",
           also=r"\b(?:i|me|my|mine)\b|\b(?:the|my|our|final|first|second) (?:hour|interview|"
                r"call|slot|meeting|round|session)\b|\b(?:test|task|assessment|take-home|case "
                r"study|salary|range|offer)\b",
           unless=any_of(_MY_STORY, _GOOD_FAITH, r"\b(?:customers?|clients?|users?|drivers?|"
                                              r"suppliers?|vendors?|carriers?)\b",
                       # an ellipsis that ends a condition ("... when they don't") tells
                       # of no deed of theirs
                       r"\b(?:when|if|unless|whether|where|as|because) (?:they|it|he|she) "
                       r"(?:\w+n't|do not|did not|does not|are not|were not)\W*$")),
    Signal("blame", r"\b(?:was|got|had been) (?:\w+ ){0,2}?(?:instead|still|only|then|never) "
                    r"(?:\w+ ){0,2}?(?:quizzed|asked|grilled|questioned|scored|judged|marked|"
                    r"rated|told|given|sent|booked|left|kept|made|promised)\b",
           also=r"\b(?:i|me|my)\b", unless=any_of(_MY_STORY, _GOOD_FAITH)),
    Signal("blame", r"\b(?:promised|told|assured|advertised|offered)\b[^.?!]{0,50}\b(?:turned out|"
                    r"never|not|\w+n't|came after|only after|instead|no longer)\b",
           also=r"\b(?:i|me|my)\b", unless=any_of(_MY_STORY, _GOOD_FAITH)),
    Signal("blame", r"\b(?:interview|call|round|meeting|slot|assessment|test|start date|visit)\b "
                    r"(?:\w+ ){0,2}?(?:was|were|got|had been) (?:\w+ )?(?:moved|cancell?ed|"
                    r"rescheduled|postponed|pushed back|shortened|cut short|changed|shifted|"
                    r"dropped)\b[^.?!]{0,40}\b(?:times|twice|again|repeatedly|last minute|"
                    r"the morning|the day|the night before|same day|without)\b"
                    r"|\b(?:interview|call|round|meeting|visit|on-?site|role|job|position|"
                    r"task|test)\b[^.?!]{0,30}\bturned out to be (?:a|an|just|only|nothing|"
                    r"little)\b"
                    r"|\b(?:at no point|not once|never once)\b[^.?!]{0,40}\b(?:did|was|were|"
                    r"has|had)\b"
                    r"|\bthe same (?:day|afternoon|morning|evening|hour|week) (?:that )?(?:i was "
                    r"told|they (?:said|told)|you (?:said|told)|i heard)\b",
           unless=any_of(_MY_STORY, _GOOD_FAITH)),
    Signal("bitterness", r"\bwhat (?:\w+ )?(?:high|lofty|exacting|rigorous) standards you\b"
                         r"|\bi(?:'m| am) sure (?:it|that|this) was (?:a |an )?(?:very |really |"
                         r"truly )?(?:difficult|hard|tough|careful|thorough|considered|agonising|"
                         r"agonizing)\b[^.?!]{0,40}\b(?:in (?:under|less than)|within|minutes|so "
                         r"quickly|overnight)\b"
                         r"|\b(?:learned|learnt|seen|know) (?:\w+ ){0,3}?about how (?:you|your "
                         r"\w+) (?:treat|handle|deal with|value|respect|regard)\b"
                         r"|\b(?:remember|make sure|try|need) to be (?:less|more|younger|cheaper|"
                         r"older|worse)\b"
                         r"|\bat least (?:the|your|a|an) (?:\w+ )?(?:rejection|no|answer|reply|"
                         r"email)\b[^.?!]{0,30}\b(?:faster|quicker|sooner|promptly|on time)\b"
                         r"|\b(?:a|an) (?:process|experience|interview|round) (?:this|so) "
                         r"(?:memorable|unforgettable|special|unique|remarkable|educational)\b"
                         r"|\bjust not (?:for|to|with|towards) (?:candidates|applicants|me|people|"
                         r"outsiders|finalists)\b|\bif (?:there (?:are|is|were)|they (?:have|had))"
                         r" any\b",
           unless=OWN_WORK),
    Signal("bitterness", rf"\b{_IRONIC_PRAISE}\b[^.?!]{{0,80}}\b{_AGAINST_ME_EVENT}\b",
           unless=any_of(OWN_WORK, _SINCERE, r"\b(?:strong|great|excellent|deep|real|solid|the "
                                           r"right|wonderful|relevant) (?:\w+ )?(?:experience|"
                                           r"fit|background|skills|record)\b")),
    Signal("expected-better", r"\b(?:expected|hoped|thought|assumed|imagined|believed|"
                              r"higher hopes|higher expectations|counted on)\b[^.?!]{0,60}\b(?:"
                              r"personal\w*|phone|call|courtesy|respect|word|reply|decen\w*|"
                              r"at least|treat|told|informed)\b",
           also=r"\b(?:you|your|company|employer|business|organi[sz]ation|firm|team|a finalist|"
                r"finalists|candidates)\b",
           unless=any_of(OWN_WORK, _PRAISE,
                         r"\bthan (?:i|we) (?:had )?(?:expected|hoped|thought)\b",
                         r"\b(?:customers?|clients?|users?)\b")),
    Signal("expected-better", r"\b(?:did not|didn't|does not|doesn't|failed to) match the "
                              r"(?:\w+ )?(?:warmth|tone|spirit|quality|promise|care|standard)\b|"
                              r"\b(?:for|from) an? (?:\w+ )?(?:employer|company|firm|business|"
                              r"organi[sz]ation) (?:that|which|who) (?:talks|claims|says|prides|"
                              r"boasts|preaches|speaks)\b|\b(?:surely|certainly) (?:has|have|"
                              r"had|can|could) (?:the )?(?:means|resources|time|staff)\b|"
                              r"\b(?:never )?(?:imagined|thought|dreamed) (?:that )?you (?:would|"
                              r"could)\b|\b(?:would|should|might) (?:have )?(?:merit\w*|earn\w*|"
                              r"warrant\w*|deserve\w*) (?:a|an|some|more|at least)\b"
                              r"|\bi(?:'d| would| had)? (?:\w+ ){0,3}?at least (?:get|receive|hear|"
                              r"have|be (?:called|told|given))\b"
                              r"|\b(?:given|after|considering) how (?:warm|friendly|positive|kind|"
                              r"enthusiastic|encouraging|keen|open)\b[^.?!]{0,60}\b(?:silence|"
                              r"rejection|email|reply|nothing|no|surpris\w*)\b"
                              r"|\bbeneath (?:you|a company|an employer|a firm|your|an "
                              r"organi[sz]ation)\b|\ba (?:company|firm|business|employer) like "
                              r"yours\b"
                              r"|\b(?:disappointing|a pity|a shame|sad) that (?:a|an|your|you|the) "
                              r"[^.?!]{0,50}\b(?:didn't|did not|doesn't|does not|couldn't|never|"
                              r"failed)\b|\bso proud of (?:its|your|their) (?:values|culture|"
                              r"people)\b"
                              r"|\bexpected (?:the|you|your) (?:\w+ ){0,5}?to (?:sign|call|tell|"
                              r"write|reply|explain|phone|let)\b|\bexpect\w* (?:\w+ )?more than "
                              r"(?:a|an)\b",
           unless=any_of(OWN_WORK, _PRAISE)),
    Signal("reasons", r"\b(?:i|me|my)\b[^?]*\b(?:you|your|panel|interview\w*|round|application|"
                      r"decision|committee|recruiters?)\b[^?]*\?\W*$",
           also=r"\b(?:where|what|why|how|which|did|was|were|could|would)\b",
           unless=any_of(_MY_STORY, _PRAISE, r"\b(?:similar|future|other|upcoming) (?:roles?|"
                                           r"openings?|positions?)\b", r"\bkeep (?:me|my)\b",
                       r"\b(?:stay|keep|get) in touch\b", r"\b(?:coffee|connect|linkedin|call|"
                                                          r"chat|meet)\b",
                       r"\b(?:notes|feedback|pointers|comments|improve|strengthen|tips|advice)\b")),
    Signal("reasons", r"\b(?:asking myself|ask myself|wonder\w*|need to know|have to know|must "
                      r"know|owe (?:me|candidates|applicants|finalists|us|people))\b[^.?!]{0,60}"
                      r"\b(?:what|why|which|how|where|reasons?|outline|"
                      r"account)\b",
           also=r"\b(?:i|me|my)\b", unless=any_of(OWN_WORK, _PRAISE)),
)
