"""English frames for the six classes independent writers slipped past most often.

Closing the door, concessions, expecting better of them, bitterness, blame told
as a story, and feedback or reasons asked in the body. Each frame crosses word
classes instead of listing phrases: a closed door is the writer, a word of
finality or refusal, and a way of keeping in touch ("apply", "hear from",
"contact", "my details"); a concession is a modal of willingness, a verb of
giving something up and a term of employment ("salary", "title", "remote
work"); expecting better is a verb of expectation in the past and a measure
of them; and so on. Where a frame's words also describe work, the writer's own
deeds turn it off, and the severity of whatever is found still follows the
sentence's target (see ``aim``).
"""

from __future__ import annotations

from .english import OWN_DEEDS
from .frames import Signal
from .pattern_parts import any_of

_GAP = r"(?: [\w'-]+){0,6}?"
_SHORT_GAP = r"(?: [\w'-]+){0,3}?"

# -- closing the door ------------------------------------------------------------------------

#: Ways of staying in the reader's view: applying, hearing from them, being contacted.
_KEEP_IN_TOUCH = any_of(
    r"appl(?:y|ying|ied)", r"re-?appl(?:y|ying)", r"consider(?:ing)? (?:\w+ )?(?:roles?|jobs?|"
    r"positions?|openings?|you|their_org|your)", r"hear(?:ing)? from", r"(?:stay|staying|keep|"
    r"keeping) in touch", r"(?:be|being) in touch", r"contact(?:ing)?", r"reach(?:ing)? out",
    r"(?:putting|put) myself through", r"work(?:ing)? (?:for|with|at) (?:you|your|their_org)",
    r"join(?:ing)? (?:you|your)", r"keep(?:ing)? (?:my|me)",
)
#: Finality or refusal in the writer's voice.
_FINAL = any_of(
    r"won't", "will not", "will never", "'ll never", "shan't", "no longer", "never again",
    r"not (?:\w+ )?again", "no point", "no reason", "no need", "no further",
    "rather not", "for good", "done with", "any more", "anymore", "count me out",
    # "my last application", not "last year I applied"
    r"(?:my|the|this|that) (?:very )?last",
    r"no (?:more|further) interest", "not with", "lost (?:any|all)",
)
CLOSED: tuple[Signal, ...] = (
    # "I won't be applying to you again", "no point in me reapplying"
    Signal("closing-door", rf"\b{_FINAL}\b{_GAP} {_KEEP_IN_TOUCH}\b",
           also=r"\b(?:i|i'm|i'll|i've|i'd|me|my)\b",
           unless=any_of(OWN_DEEDS, r"\b(?:until|before|unless|if)\b",
                       r"\b(?:hesitat\w*|mind|fail)\b")),
    Signal("closing-door", rf"\b{_KEEP_IN_TOUCH}\b{_GAP} (?:again|in (?:the )?future|from now "
                           r"on)\b",
           also=r"\b(?:won't|will not|never|no longer|not|no point|rather not|last)\b",
           unless=any_of(OWN_DEEDS, r"\b(?:would|'d) (?:\w+ )?(?:welcome|love|like|be glad|be "
                                  r"happy)\b", r"\bplease (?:do|keep|feel)\b",
                       r"\b(?:hesitat\w*|mind|fail)\b")),
    # "Please remove me from your candidate database", "Kindly stop sending me your job alerts"
    Signal("closing-door", r"\b(?:remove|delete|erase|take|strike|drop) "
                           r"(?:me|my (?:\w+ )?(?:details|"
                           r"data|cv|profile|name|record|file|application))\b[^.?!]{0,40}\b(?:from|"
                           r"off|out of)\b",
           unless=r"\b(?:until|if|unless|for now|temporarily)\b"),
    Signal("closing-door", r"\b(?:stop|don't|do not|no need to|please don't|kindly stop|never|"
                           r"don't bother|do not bother|no need for you to) (?:\w+ )?"
                           r"(?:send(?:ing)?|"
                           r"contact(?:ing)?|email(?:ing)?|call(?:ing)?|reach(?:ing)? out|"
                           r"keep(?:ing)?|writ(?:e|ing))\b(?: \w+){0,2}? (?:me|my)\b",
           also=r"\b(?:job|alerts?|openings?|roles?|positions?|vacanc\w+|future|again|"
                r"details|anything|any more|anymore)\b",
           unless=OWN_DEEDS),
    # "Any future openings you have can go to someone else", "Whatever comes up next, count me out"
    Signal("closing-door", r"\b(?:future|next|other|further) (?:\w+ )?"
                           r"(?:openings?|roles?|positions?|"
                           r"jobs?|vacanc\w+)\b[^.?!]{0,40}\b(?:someone else|somebody else|"
                           r"another|count me out|without me|not for me|not me)\b"
                           r"|\bcount me out\b"),
    # "I've lost any interest I had in joining your team", "My search will continue, just not with
    # your company", "the chapter on the company for good"
    Signal("closing-door", r"\blost (?:any|all|every|whatever) (?:\w+ ){0,3}?(?:interest|desire|"
                           r"wish|enthusiasm)\b"
                           r"|\b(?:continue|go on|carry on|keep looking|look(?:ing)? elsewhere)\b"
                           r"[^.?!]{0,20}\b(?:just |but )?not (?:with|at|for) (?:you|your|"
                           r"their_org|\w+'s)\b"
                           r"|\b(?:closing|closed|close) (?:the|this) (?:\w+ )?(?:chapter|book|"
                           r"door)\b"
                           r"|\b(?:the )?last (?:place|company|employer|firm) i(?:'d| would)? "
                           r"(?:ever )?(?:apply|work|consider|go)\b"
                           r"|\bcrossed (?:\w+ ){0,2}?off\b"
                           r"|\bno (?:further|more) interest in (?:working|joining|you|your)\b"
                           r"|\bhave no (?:further|more) interest\b"
                           r"|\b(?:you )?won't (?:be )?hear(?:ing)? from me\b"
                           r"|\blooking elsewhere from now on\b"
                           r"|\b(?:skills|talents?|experience) (?:\w+ ){0,2}?(?:somewhere|"
                           r"elsewhere|to (?:companies|employers|firms|people|places))\b"
                           r"[^.?!]{0,40}\b(?:values?|appreciates?|respects?|wants?)\b"
                           r"|\bno longer interests? me\b|\bdon't bother\b",
           unless=OWN_DEEDS),
)

# -- concessions -----------------------------------------------------------------------------

#: The writer willing, able or glad: a modal of offering.
_WILLING = any_of(
    r"i'd", "i would", "i could", "i can", "i'll", "i will", r"i'm (?:\w+ )?(?:willing|prepared|"
    r"happy|glad|ready|open)", r"i am (?:\w+ )?(?:willing|prepared|happy|glad|ready|open)",
    r"(?:happy|glad|willing|prepared|ready) to", "gladly", "happily", "even",
    r"would (?:\w+ )?(?:suit|be fine|be no problem|be okay|work)", "put me", "i could start",
)
#: What a concession gives up: pay, title, terms, comfort.
_TERMS = any_of(
    r"salary", "pay", "wages?", "rate", "band", "package", r"title", "bonus", "holidays?",
    "benefits", "remote", "notice period", "contract", "part-time", "junior", r"interns?(?:hip)?",
    "trial", "probation", "unpaid", "for free", "no pay", "no extra pay", "less", "lower",
    "smaller", "any terms", "whatever", r"any (?:position|role|opening|job)", "however small",
    "entry-level", "office every day", "weekends", "my own (?:cost|expense)", "relocat\\w+",
    "expectations", "signing", "the lower end", "half",
)
#: Giving something up, or taking less.
_GIVE = any_of(
    "take", "accept", "settle for", "work for", "work", "start", "drop", "waive", "forgo",
    "give up", "knock", "cut", "lower", "reduce", "come into", "relocat\\w+", "go without",
    "skip",
)
CONCESSION: tuple[Signal, ...] = (
    Signal("concession", rf"\b{_WILLING}\b{_SHORT_GAP} {_GIVE}\b{_GAP} {_TERMS}\b",
           also=any_of(r"\bif (?:that|it|this|budget|cost|money|remote)\b", r"\bjust to\b",
                     r"\bto (?:prove|get|join|show|be part|work with)\b", r"\bwhatever\b",
                     r"\bunpaid\b", r"\bfor free\b", r"\bno (?:extra )?pay\b", r"\bless\b",
                     r"\blower\b", r"\bsmaller\b", r"\bany\b", r"\bjunior\b", r"\bintern",
                     r"\beven\b", r"\bwaive\b", r"\bgive up\b", r"\bflexible\b",
                     r"\bhalf\b", r"\bown (?:cost|expense)\b", r"\btips the balance\b",
                     r"\bsticking point\b", r"\bhave me\b"),
           unless=any_of(OWN_DEEDS, r"\b(?:our|their|its) (?:\w+ )?(?:rates?|contracts?|prices?)\b",
                       r"\bi (?:negotiated|cut|lowered|reduced)\b",
                       r"\b(?:hear|hearing|learn|learning|know|told) (?:of|about)\b")),
    Signal("concession", r"\b(?:salary|pay) expectations (?:are|is) (?:\w+ )?(?:flexible|"
                         r"negotiable)\b|\bi(?:'d| would) (?:even )?take (?:\w+ )?(?:percent|%) "
                         r"less\b|\bany terms you\b|\bput me on (?:probation|trial)\b"
                         r"|\bfor (?:no|zero) (?:extra )?pay\b|\bwhatever the pay\b"),
)

# -- expecting better of them ----------------------------------------------------------------

EXPECTED_BETTER: tuple[Signal, ...] = (
    Signal("expected-better", r"\bi(?:'d| had| would)? (?:\w+ )?(?:thought|hoped|expected|assumed|"
                              r"imagined|believed|pictured)\b[^.?!]{0,60}\b(?:more|better|higher|"
                              r"at least|would (?:handle|treat|match|know|call|send|be))\b",
           also=r"\b(?:you|your|their_(?:org|name)|company|firm|organi[sz]ation|team|recruiters?|"
                r"hiring|process|handled|response|call|note|rejection|candidates|applicants)\b",
           unless=any_of(OWN_DEEDS, r"\bthan (?:i|we|anyone) (?:had )?(?:expected|hoped|thought)\b",
                       r"\b(?:our|my) (?:\w+ )?(?:results?|forecasts?|models?|team)\b")),
    Signal("expected-better", r"\b(?:fell|falls|fall|fallen|falling) (?:well |far |a long way )?"
                              r"(?:short|below)\b|\bdidn't live up\b|\bdid not live up\b|\bnot "
                              r"(?:live|living) up\b|\blowered my opinion\b|\bthinking less of\b"
                              r"|\bthought better of\b|\bshould know (?:how|better)\b|\bdeserve "
                              r"(?:more|better)\b|\btoo much to ask\b"
                              r"|\b(?:not|wasn't|isn't) the (?:\w+ ){0,2}?i (?:thought i knew|"
                              r"knew|used to)\b",
           also=r"\b(?:you|your|their_(?:org|name)|company|firm|organi[sz]ation|team|candidates|"
                r"applicants|recruiters?|handling)\b",
           unless=any_of(OWN_DEEDS, r"\bwhen (?:a|the|our) (?:\w+ )?(?:supplier|vendor|carrier|"
                                  r"client|model|forecast)\b")),
    Signal("expected-better", r"\b(?:a pity|a shame|sad|surprised|surprising) (?:that )?(?:a|an) "
                              r"(?:\w+ )?(?:company|firm|business|organi[sz]ation|employer)\b"
                              r"|\b(?:a |the )?(?:company|firm) like yours\b"
                              r"|\b(?:with|of) your (?:standing|reputation|size|stature)\b",
           # "the reasons you gave make sense for a team of your size": understanding
           unless=r"\b(?:makes?|made|making) (?:\w+ )?sense\b|\bunderstand\w*|\b(?:reasonabl[ey]|"
                  r"natural(?:ly)?|fair enough|sensible|realistic|inevitabl[ey])\b"),
)

# -- bitterness ------------------------------------------------------------------------------

BITTER: tuple[Signal, ...] = (
    Signal("bitterness", r"\b(?:best of luck|good luck|enjoy|have fun)\b[^.?!]{0,30}\b(?:cheaper|"
                         r"mediocr\w+|new (?:hire|analyst|person)|whoever|choice|pick|"
                         r"decision)\b|\benjoy the mediocrity\b"),
    Signal("bitterness", r"\b(?:apparently|evidently|clearly|obviously|no doubt|i'm sure|"
                         r"i suppose|good to know)\b[^.?!]{0,60}\b(?:worth less|counts? for "
                         r"(?:little|nothing)|means? nothing|matters? more|no longer in fashion|"
                         r"out of fashion|find out|passed up|very good at|makes? perfect sense|"
                         r"made perfect sense)\b",
           unless=OWN_DEEDS),
    Signal("bitterness", r"\bso much for\b|\bthanks for nothing\b|\bat least (?:i|one of us)\b"
                         r"[^.?!]{0,40}\b(?:practice|got|learned|sleep|out of it)\b"
                         r"|\bhow (?:very )?\w+ of you\b|\bmust be nice\b|\bthis is what i (?:got|"
                         r"get) (?:back|in return)\b|\bto someone\W*$|\bthe long list of\b"
                         r"|\bworth all (?:that|the) (?:trouble|effort)\b|\bwhatever is left of\b"
                         r"|\byou'll (?:find out|see|regret|learn)\b|\bcounts? for little\b",
           unless=any_of(OWN_DEEDS, r"\bthank you\b")),
)

# -- blame told as a story -------------------------------------------------------------------

#: Their side as the actor.
_THEM = any_of(
    "you", r"your (?:\w+ ){0,2}?(?:recruiters?|panel|interviewers?|hr|team|scheduler|"
    r"manager|hiring manager|job advert|advert|process)", r"the (?:\w+ )?(?:recruiters?|panel|"
    r"interviewers?|second interviewer|hiring manager|scheduler|take-home|task|test|questions)",
    "nobody", "no one", "whoever", "the people who interviewed me", "candidates in your",
)
#: What went wrong, told as an event.
_MISHAP = any_of(
    r"never (?:once )?(?:returned|replied|answered|called|read|opened|looked)", "interrupted",
    r"talking among themselves", "lost my", "blamed me", r"had nothing to do with",
    r"(?:described|advertised) a (?:completely |totally )?different", r"had (?:clearly )?not "
    r"opened", "mishandled", r"promised the (?:job|role|position)", "already promised",
    r"designed to trip", "arrives? (?:\\w+ )?late", r"leaves? early", "hear nothing",
    r"(?:was|were) (?:vague|chaotic|disorgani[sz]ed)", r"kept changing", "never given",
    r"(?:moved|rescheduled|postponed) (?:my|the) (?:\w+ )?(?:interview|call|slot)",
    r"nobody (?:told|apologi[sz]ed|explained)", "settled long before", r"outcome was settled",
    "never had to work", "on your team", "fair hearing", "chaotic way", "badly mishandled",
)
#: Kindness or the writer's own cause: a story told in good faith ("kindly moved my interview
#: when my train was late").
_GOOD_FAITH = (r"\b(?:kind\w*|thank\w*|help\w*|gracious\w*|generous\w*|patient\w*|when my|"
               r"because my|at my request|for me|on my behalf|understanding)\b")
BLAME_STORY: tuple[Signal, ...] = (
    Signal("blame", rf"\b{_THEM}\b[^.?!]{{0,60}}\b{_MISHAP}\b",
           unless=any_of(OWN_DEEDS, _GOOD_FAITH, r"\b(?:our|my) (?:\w+ )?(?:team|clients?|"
                                             r"customers?|vendors?|suppliers?)\b")),
    Signal("blame", rf"\b{_MISHAP}\b",
           also=r"\b(?:interview\w*|recruiter|panel|process|round|application|presentation|"
                r"hiring|on-?site|references|candidates?|the job|the role|the day)\b",
           unless=any_of(OWN_DEEDS, _GOOD_FAITH, r"\b(?:our|my) (?:\w+ )?(?:team|clients?|"
                                             r"customers?|vendors?|suppliers?|drivers?)\b",
                       r"\bi (?:made sure|ensured)\b")),
)

# -- feedback in the body, reasons demanded --------------------------------------------------

#: A request, polite or not.
_ASK = any_of(
    "could you", "would you", "can you", "please", "i'd be grateful", "i would be grateful",
    "i'd love", "i would love", "i'd value", "i'd welcome", "i would welcome", "would help",
    "would mean", "would be (?:very )?welcome", "let me know", "send me", "share", "walk me",
    "any pointers", "any comments", "any notes", "it would help", "i'd appreciate",
    "willing to",
)
#: The writer's performance in this process as the thing to judge.
_MY_SHOWING = any_of(
    r"my (?:\w+ ){0,2}?(?:interview\w*|case study|presentation|answers|performance|portfolio|"
    r"application|assessment|exercise|test|task|technique|second-round|first-round)",
    r"how i came across", r"where (?:my|i) (?:\w+ ){0,2}?(?:fell short|went wrong|lost)",
    r"what (?:i could have|held my)", r"(?:the )?scores? from my", r"which of my",
    r"what the panel said", r"(?:the )?(?:technical|final|panel) (?:round|interview)",
)
FEEDBACK: tuple[Signal, ...] = (
    Signal("feedback", rf"\b{_ASK}\b[^.?!]{{0,60}}\b{_MY_SHOWING}\b",
           unless=r"\b(?:i (?:gave|shared|sent|wrote|built|ran)|our (?:clients?|customers?|"
                  r"team))\b"),
    Signal("feedback", rf"\b(?:comments?|notes?|thoughts|pointers|views?|observations|tips|words|"
                       rf"remarks) (?:on|about|regarding) (?:\w+ )?{_MY_SHOWING}\b[^.?!]{{0,60}}"
                       r"\b(?:would (?:help|mean|be)|welcome|grateful)\b"),
    Signal("feedback", r"\b(?:thoughts|view|notes|comments|pointers|observations|words|tips) "
                       r"(?:on|about|regarding) (?:where|what|how|which|my)\b",
           also=_ASK + r"|\bfor any\b|\bfor a few\b",
           unless=r"\b(?:i (?:gave|shared|sent|wrote)|our|your (?:\w+ )?(?:plans|team's))\b"),
)
REASONS: tuple[Signal, ...] = (
    Signal("reasons", r"\b(?:what (?:exactly )?made you|what (?:exactly )?(?:was|were) the "
                      r"deciding|the deciding factor|owed a reason|entitled to know|need to "
                      r"understand what went wrong|(?:please )?explain why my|why my "
                      r"(?:\w+ ){0,2}?(?:application|experience|cv|candidacy)|a proper "
                      r"explanation|never said why|no idea why|how could (?:\w+ ){0,4}?not be "
                      r"enough)\b",
           unless=r"\b(?:i (?:explain|explained)|our|customers?|clients?|shippers?)\b"),
    Signal("reasons", r"\bwhy (?:did|was|were|would|has|have) (?:the|your) (?:\w+ )?(?:panel|"
                      r"committee|team|recruiter|manager|company)\b[^.?!]{0,40}\b(?:me|my)\b"),
)

# -- broader shapes, after the second fresh part showed the frames above too narrow ----------

#: Their side: the reader, the organisation, its people, its process and its handling.
_THEIR_SIDE = (r"\b(?:you|your|yours|their_(?:org|name)|recruit\w*|interview\w*|panel\w*|"
               r"hiring|process|"
               r"handling|communication|company|firm|employer|brand|website|team)\b")
#: A shortfall: negation, little, less, short, an afterthought, a lesson to learn.
_SHORTFALL = any_of(
    "not", "never", "no", "nothing", "little", "less", "short", "barely", "hardly", "only",
    r"could (?:learn|do with|use)", "badly", "poorly", "lowered", r"steer\w* clear",
    "afterthought", "skimmed", r"beneath", r"below", "wasted", r"lost",
)
#: Kindness, understanding or thanks in the clause: said in good faith.
_KIND = (r"\b(?:thank\w*|understand\w*|appreciat\w*|kind\w*|glad|hope|wish|respect|enjoy\w*|"
         r"grateful|admir\w*|sure|no doubt|of course|i know|i realise|i realize)\b")
BROAD: tuple[Signal, ...] = (
    # "the company, though your recruitment team could learn a thing or two about communication"
    Signal("blame", rf"\b(?:though|although|even though|even if|despite|if only)\b[^.?!]{{0,100}}"
                    rf"\b{_SHORTFALL}\b",
           also=_THEIR_SIDE, unless=any_of(OWN_DEEDS, _KIND, r"\b(?:i|we|my|our)\b[^.?!]{0,30}"
                                         r"\b(?:not|never|no|little|less)\b")),
    # "I'd credited your team with more courtesy", "I held the firm in higher regard"
    Signal("expected-better", r"\bi(?:'d| had| would have)? (?:\w+ )?(?:credited|held|rated|"
                              r"thought|assumed|pictured|imagined|taken|counted on|anticipated|"
                              r"given)\b[^.?!]{0,50}\b(?:more|higher|better|at least)\b",
           also=_THEIR_SIDE,
           unless=any_of(OWN_DEEDS, r"\bthan (?:i|we|anyone) (?:had )?(?:expected|hoped|thought)\b",
                       r"\b(?:our|my) (?:\w+ )?(?:results?|forecasts?|models?|team|pilot)\b")),
    # "There's little point in my staying on your books", "I'll be steering clear of you"
    Signal("closing-door", r"\b(?:little|no|not much) (?:point|sense|use)\b[^.?!]{0,40}\b(?:my|me|"
                           r"i)\b|\bsteer\w* clear\b|\b(?:last|final) contact\b"
                           r"|\bof no (?:further )?"
                           r"interest to me\b|\bunsubscribe me\b|\bsooner stay\b|\b(?:next|future) "
                           r"(?:move|step|job|role) (?:\w+ ){0,4}?(?:competitors?|rivals?)\b",
           unless=any_of(OWN_DEEDS, _KIND)),
)
