"""English frames for the classes new writers put in other words.

The independent parts keep finding the same weak classes: a door closed
without "won't apply again" ("I'll set my sights on other companies from here
on"), a concession made conditional on their reason ("if budget was the
issue, I could come down"), a stage of the process asked for again ("the
chance to sit the technical test again"), the writer measured against the
person hired ("I'd put my portfolio next to your new hire's"), feedback asked
as a debrief or a breakdown of scores, and a sting carried by a subordinate
clause of a grateful or interested sentence ("the tour, which in hindsight was
the most honest part of the day"). Each frame is a shape -- a word class
crossed with what the clause must also say -- not a listed sentence; the
writer's own work still turns a frame off, and the severity of what is found
still follows the sentence's target (see ``aim``).
"""

from __future__ import annotations

from .english import HIRED, OWN_DEEDS, OWN_WORK
from .frames import Signal
from .pattern_parts import any_of

#: The reader's side as a place to apply to or watch.
_THEM = r"(?:you|your|yours|their_org|\w+'s)"

# -- a door closed in other words ------------------------------------------------------------

#: Other employers, as the writer's search turns to them.
_OTHERS = (r"(?:other|different) (?:companies|employers|firms|organi[sz]ations|places|options|"
           r"opportunities|teams|businesses|trusts|schools|studios|labs)")
#: Finality in time: from now on, for good.
_HENCE = r"(?:from (?:here|now) on|going forward|from now|for good|in future|instead)"
CLOSED: tuple[Signal, ...] = (
    # "I'll set my sights on other companies from here on", "focusing my search well away
    # from the company"
    Signal("closing-door", rf"\b{_OTHERS}\b[^.?!]{{0,30}}\b{_HENCE}\b"
                           rf"|\b{_HENCE}\b[^.?!]{{0,40}}\b{_OTHERS}\b"
                           rf"|\b(?:search|sights|efforts|attention|applications?)\b[^.?!]{{0,20}}"
                           rf"\b(?:well |far )?away from {_THEM}",
           also=r"\b(?:i|i'll|i'm|i've|i'd|my|me)\b", unless=OWN_WORK),
    # "My interest in future openings has pretty much evaporated", "no longer appeals to me"
    Signal("closing-door", r"\b(?:interest|enthusiasm|appetite|desire|wish|keenness)\b"
                           r"(?: [\w'-]+){0,5}? (?:has |have |had |is |was )?(?:\w+ ){0,2}?"
                           r"(?:evaporated|vanished|gone|disappeared|faded|died|waned|dried up|"
                           r"run out|worn off|cooled|fizzled)\b"
                           r"|\b(?:no longer|doesn't|does not|don't|do not) (?:really )?appeals? "
                           r"to me\b",
           also=r"\b(?:my|me|i)\b", unless=OWN_WORK),
    # "There's little reason for me to look at your vacancies again"
    Signal("closing-door", r"\b(?:little|hardly any|not much|no real|scant|no) (?:reason|point|"
                           r"sense|need) (?:for me )?(?:to|in) (?:\w+ ){0,3}?(?:look\w*|apply\w*|"
                           r"check\w*|watch\w*|consider\w*|follow\w*|try\w*|reapply\w*)\b"
                           r"[^.?!]{0,40}\b(?:again|in future|a second time)\b"),
    # "I can't see myself putting my name forward a second time"
    Signal("closing-door", r"\b(?:don't|do not|can't|cannot|can not|won't) (?:really |honestly )?"
                           r"see myself\b[^.?!]{0,60}\b(?:again|a second time|another time|in "
                           r"future|any ?more)\b"),
    # "one round of your hiring process was enough for me"
    Signal("closing-door", r"\b(?:process|round|experience|application|once|go|attempt|try)\b"
                           r"[^.?!]{0,30}\b(?:was|has been|is|will be) (?:more than |quite )?"
                           r"enough for me\b"),
    # "I've now accepted that the company isn't the place for me", "parting ways for good"
    Signal("closing-door", r"\b(?:isn't|is not|wasn't|was not|not|never) (?:really |going to be )?"
                           r"(?:the (?:right )?|a )(?:place|company|employer|home|match) for me\b"
                           r"|\b(?:part(?:ing)? ways|go(?:ing)? our separate ways)\b"),
    # "you needn't keep me in mind for future vacancies"
    Signal("closing-door", r"\b(?:needn't|need not|don't need to|do not need to|no need to|"
                           r"don't have to|there's no need to) (?:\w+ )?(?:keep|hold|bear|think of)"
                           r" (?:me|my)\b"),
    # "I'll be taking my skills to a trust that actually appreciates them"
    Signal("closing-door", r"\bi(?:'ll| will|'m| am)(?: be)? (?:taking|take|bringing|bring|"
                           r"offering|offer) my (?:skills|talents?|experience|expertise|energy|"
                           r"services)(?: \w+){0,2}? (?:to (?:a|an|another|some|other|people|"
                           r"companies|employers|firms|places)|somewhere|elsewhere)\b"),
    # "though I doubt I'll ever consider the company again", "I don't plan to reapply",
    # "off my list for good", "I won't be looking at your careers page again"
    Signal("closing-door", r"\b(?:doubt|don't think|do not think|can't imagine|cannot imagine) "
                           r"i(?:'ll| will| would|'d)? (?:ever )?(?:\w+ )?(?:consider|apply|"
                           r"reapply|look at|work for|be back|return)\w*\b"
                           r"|\b(?:don't|do not|won't|will not) (?:plan|intend|expect|mean|want) "
                           r"to (?:re-?apply|apply again|come back|return|try again)\b"
                           r"|\boff my (?:list|radar|shortlist)\b"
                           r"|\b(?:won't|will not|never|not) (?:be )?(?:looking at|watching|"
                           r"checking|following|visiting)\b[^.?!]{0,40}\b(?:careers?|vacanc\w+|"
                           r"openings|jobs? (?:board|page|ads?)|postings|adverts)\b",
           unless=OWN_DEEDS),
    # "nothing much anymore, since I have moved on"
    Signal("closing-door", r"\b(?:since|as|because|now that) i(?:'ve| have|'m| am) (?:now )?"
                           r"mov(?:ed|ing) on\b"),
)

# -- concessions -----------------------------------------------------------------------------

#: The writer willing: a modal of offering, or a word of giving in.
_WILLING = (r"\b(?:i'd|i would|i could|i can|i'll|i will|i'm|i am|happy to|glad to|willing|"
            r"prepared|gladly|happily|flexible|negotiate|come down|accept|drop|waive|commute|"
            r"give up|cut|take)\b")
#: Terms of the job a writer might give up.
_TERMS = (r"(?:bonus|signing bonus|four-day week|remote days?|remote work|hybrid(?: \w+)?|"
          r"flexible hours|relocation(?: \w+)?|package|allowance|company car|car|days? (?:at|"
          r"from) home|holidays?|annual leave|title|raise|pay rise|salary|pay|perks?|benefits?|"
          r"notice period|start date|overtime pay|expenses)")
CONCESSION: tuple[Signal, ...] = (
    # "If budget was the issue, I could come down", "Should the pay band have been the
    # sticking point, I'm happy to negotiate downward"
    Signal("concession", r"\b(?:if|should|in case|where|whether) [^.?!]{0,60}\b(?:was|were|is|are|"
                         r"have been|had been|be) (?:the|a|an|any) (?:\w+ )?(?:issue|problem|"
                         r"sticking point|concern|obstacle|deciding factor|hurdle|stumbling "
                         r"block|dealbreaker|deal-breaker|snag|barrier)\b",
           also=_WILLING, unless=any_of(OWN_DEEDS, r"\b(?:we|our|they|customers?|clients?)\b")),
    # "I would gladly give up the four-day week I asked for", "I no longer need the signing
    # bonus we discussed"
    Signal("concession", rf"\b(?:give up|forgo|forego|drop|waive|do without|go without|no longer "
                         rf"need|don't need|won't need|can live without|happily lose|sacrifice|"
                         rf"let go of|skip)\b (?:the |my |a |any |that )?(?:\w+ ){{0,2}}?{_TERMS}"
                         r"\b",
           also=r"\b(?:i|i'd|i'm|i'll|my)\b",
           unless=any_of(OWN_DEEDS, r"\bi (?:once|gave|took|had)\b|\bin (?:19|20)\d\d\b")),
    # "If the hybrid arrangement was a problem, I'd commute in daily without complaint"
    Signal("concession", r"\b(?:commute|come in|be (?:in|on site|in the office)|work on site)"
                         r"(?: \w+){0,2}? (?:daily|every day|five days|full-time|full time|each "
                         r"day)\b",
           also=r"\b(?:i'd|i would|i could|i can|i'll|i will|happy|willing|without complaint|"
                r"entirely|gladly)\b"),
    # "My notice period can be cut short if that would swing things"
    Signal("concession", r"\bif (?:that|it|this) (?:would|could|might|will|helps?|makes?) "
                         r"(?:\w+ )?(?:swing|tip|change|sway|help|make (?:a|any|the) difference|"
                         r"get me (?:in|through)|tip the balance|win me)\b",
           also=rf"\b(?:{_TERMS}|i'd|i would|i could|i can|i'm|i am|happy|willing|cut|"
                r"shortened|lower|less)\b", unless=OWN_DEEDS),
)

#: Working for less: at the writer's own cost, for free, at a fraction of their rate, a
#: junior post, whatever pay suits them, "if that's what it takes".
_FOR_LESS = (r"\bat (?:my|our) own (?:cost|expense)\b|\bfor free\b|\bwithout pay\b"
             r"|\b(?:half|a fraction of|below|under) my (?:usual |normal |current )?(?:rate|"
             r"salary|pay|fee)\b"
             r"|\b(?:trainee|assistant-level|entry-level|junior|intern|internship)(?: \w+)? "
             r"(?:role|post|position|job|contract|placement)\b"
             r"|\bwhatever (?:salary|pay|rate|terms?|hours) (?:suits?|works?)\b"
             r"|\bif (?:that|it|this)(?:'s| is)? (?:what it takes|tips the balance|tips things|"
             r"makes the difference|swings it)\b")
CONCESSION_LESS: tuple[Signal, ...] = (
    Signal("concession", _FOR_LESS,
           also=r"\b(?:i'd|i would|i could|i can|i'll|i will|i'm|i am|would (?:be|suit|do)|even|"
                r"happy|glad|willing|prepared|no problem|fine)\b",
           unless=any_of(OWN_DEEDS, r"\bin (?:19|20)\d\d\b|\bi (?:began|started|joined|was|"
                                  r"spent|did|worked)\b|\b(?:we|our|they|customers?|clients?)\b")),
)

# -- reasons asked to be set out -------------------------------------------------------------

REASONS: tuple[Signal, ...] = (
    # "Please explain the reasoning behind rejecting me", "Please explain what disqualified me"
    Signal("reasons", r"\b(?:explain|tell me|spell out|set out|share|clarify|walk me through)\b "
                      r"(?:\w+ ){0,3}?(?:reasoning|reasons?|rationale|thinking|logic|criteria|"
                      r"basis)\b (?:behind|for|that|of) (?:the |this |that |your )?(?:decision|"
                      r"outcome|rejection|rejecting|turning|choosing|passing|not|my|me|it)\b"
                      r"|\b(?:explain|tell me|clarify|spell out)\b (?:exactly |precisely )?(?:what|"
                      r"why|which)\b[^.?!]{0,40}\b(?:disqualified|ruled|rejected|excluded|counted "
                      r"against|went against|eliminated|cost)\b (?:me|my)\b",
           also=r"\b(?:me|my|i)\b",
           unless=any_of(OWN_WORK, r"\bi (?:explain|explained|set out|clarified)\b|\bour "
                                  r"(?:clients?|customers?|users?)\b")),
)

# -- a stage asked for again -----------------------------------------------------------------

REVISIT: tuple[Signal, ...] = (
    # "the chance to sit the technical test again", "to be re-interviewed for the same post"
    Signal("revisit", r"\b(?:sit|take|do|redo|retake|resit|repeat|re-do|have another go at)"
                      r" (?:the |my |a |that )?(?:\w+ )?(?:test|interview|exercise|"
                      r"assessment|case study|presentation|task|challenge|round|stage)s? "
                      r"(?:again|a second time|once more|another go|another try)\b"
                      r"|\bre-?interview(?:ed|ing)?\b|\ba second (?:interview|round|look) "
                      r"(?:for|at) (?:the|this) (?:same )?(?:post|role|job|position)\b"
                      r"|\bfor the same (?:post|role|job|position)\b",
           unless=r"\b(?:future|similar|other|next|new|later|upcoming|another (?:role|post|job|"
                  r"opening))\b"),
)

# -- the writer against the person hired -----------------------------------------------------

#: The writer's own record or self, as the other side of a comparison.
_MINE = (r"(?:than (?:i|me|mine|my)|as (?:\w+ ){1,2}as (?:i|me|mine)|half as|next to mine|"
         r"against mine|any day|i (?:landed|built|delivered|brought|had|won|did|offered|could)|"
         r"my (?:\w+ )?(?:years|record|results|figures|portfolio|experience|accounts|numbers))")
#: The person hired, also as "your chosen applicant", "the new starter".
_THE_HIRE = any_of(HIRED, r"(?:your|the) (?:new|chosen|successful|selected|other|preferred) "
                          r"(?:\w+ )?(?:hire|candidate|applicant|starter|analyst|designer|"
                          r"engineer|person|finalist|recruit|appointee)")
COMPARED: tuple[Signal, ...] = (
    Signal("comparison", rf"\b{_THE_HIRE}\b(?:'s)?[^.?!]{{0,80}}\b{_MINE}\b"
                         r"|\b(?:my (?:\w+ )?(?:portfolio|results|record|figures|numbers|"
                         r"experience|cv|work)|me)\b[^.?!]{0,20}\b(?:next to|against|up against|"
                         r"alongside|compared (?:with|to)|beside)\b[^.?!]{0,15}\b(?:your|the) "
                         r"(?:new|chosen|successful|other|selected|preferred) (?:\w+ )?(?:hire|"
                         r"candidate|designer|analyst|applicant|person|starter|finalist|"
                         r"engineer|recruit|appointee)",
           # "I hope the new analyst enjoys the team as much as I did", "I'm sure your new
           # planner will enjoy it": a warm wish
           unless=any_of(OWN_DEEDS, r"\b(?:enjoys?|enjoyed|enjoying|loves?|thrives?|settles? "
                                  r"in|succeeds?)\b|\b(?:hope|wish|trust|sure)\b[^.?!]{0,60}"
                                  r"\b(?:happy|success|well)\b")),
    # "On paper I outmatched anyone else on your shortlist", "by far the most experienced
    # person in that waiting room"
    Signal("comparison", r"\b(?:outmatch\w*|outclass\w*|outshone|outshine|outperform\w*|bested|"
                         r"beat) (?:\w+ ){0,2}?(?:anyone|everyone|everybody|all|the (?:other|"
                         r"rest))\b[^.?!]{0,30}\b(?:shortlist|list|field|pool|candidates|"
                         r"applicants|finalists|interviewed|room|else)\b"
                         r"|\b(?:the )?(?:most|best) (?:\w+ )?(?:experienced|qualified|prepared|"
                         r"capable|suited|senior) (?:person|candidate|applicant|one)\b[^.?!]{0,30}"
                         r"\b(?:room|shortlist|list|field|pool|candidates|applicants|"
                         r"interviewed|finalists)\b",
           unless=OWN_DEEDS),
)

# -- feedback as a debrief, a breakdown, an impression -----------------------------------------

#: Asking: a wish, a request, a use the answer would have.
_ASK = (r"\b(?:i'd like|i would like|i'd love|i would love|i'd appreciate|i would appreciate|"
        r"i'd welcome|i would welcome|i'd value|i'd find it|would (?:be )?(?:useful|helpful|"
        r"welcome|great|valuable)|would help|could you|would you|can you|please|grateful|"
        r"love to hear|like to hear|like to know|love to know|mean a lot)\b")
#: The writer's showing in this process.
_STAGE = (r"(?:interview\w*|stage|round|challenge|test|exercise|assessment|application|"
          r"presentation|portfolio|case study|task|references|answers|performance|cv|"
          r"scores?|marks?|ratings?)")
FEEDBACK: tuple[Signal, ...] = (
    Signal("feedback", rf"\b(?:breakdown|debrief\w*|read-?out|summary|impressions?|insights?|"
                       rf"verdict|scores?|marks?|ratings?|critique|feedback|notes|comments?|"
                       rf"thoughts|view)\b (?:of|on|about|from|regarding|into) (?:\w+ ){{0,3}}?"
                       rf"{_STAGE}\b",
           also=_ASK,
           unless=r"\bi (?:gave|shared|sent|wrote|built|ran|give)\b|\bour (?:clients?|customers?|"
                  r"team|users?)\b"),
    Signal("feedback", r"\b(?:hear|know|learn|understand)\b (?:\w+ ){0,2}?how (?:the |your |you |"
                       r"they |each |your \w+ )?(?:\w+ )?(?:felt|thought|rated|judged|saw|scored|"
                       r"assessed|found) (?:i|my|me)\b",
           also=_ASK),
)

# -- a sting in a subordinate clause ---------------------------------------------------------

BITTER: tuple[Signal, ...] = (
    # "handled more professionally than this one", "a straighter answer than I did", "which
    # was more than I got from the feedback"
    Signal("bitterness", r"\b(?:more|less|better|straighter|clearer|faster|kinder|fairer|"
                         r"professionally|honest(?:ly)?) (?:\w+ )?than (?:this one|this time|i did|"
                         r"i got|i was|mine was|last time|i was given|i received)\b"
                         r"|\bmore than i (?:got|received|was given|heard)\b"),
    # "though I'm not sure anyone on the panel was paying attention", "however little of it
    # was spent actually listening to me", "the most honest part of the day"
    Signal("bitterness", r"\b(?:not sure|doubt|wonder(?:ed)? (?:whether|if))\b (?:anyone|anybody|"
                         r"the \w+|they|you|your \w+)\b[^.?!]{0,40}\b(?:paying attention|"
                         r"listening|reading|awake|noticed)\b"
                         r"|\b(?:however|how) little (?:of it )?(?:was|were)\b"
                         r"|\bactually listening\b"
                         r"|\bthe (?:most|only) honest (?:part|thing|moment|answer)\b"),
    # "if your hiring managers ever learn to read a CV", "assuming your process gets less
    # chaotic", "provided they're handled more professionally"
    Signal("bitterness", r"\bif (?:your|the|their_org|you|they) (?:\w+ ){0,3}?ever (?:learn|manage|"
                         r"get|figure|bother|decide|sort|start)\w*\b"
                         r"|\b(?:assuming|provided|as long as|so long as|once) (?:that )?(?:your|"
                         r"the|their|they|it|you|they're|it's)(?: \w+){0,5}? (?:gets?|becomes?|"
                         r"is|are|were|become|be) (?:a (?:bit|lot|little) |much |far )?(?:less|"
                         r"more) \w+",
           unless=OWN_DEEDS),
    # resignation and irony: "not holding my breath", "without people like me", "think twice
    # before trusting your recruiters", "took the shine off", "all the more puzzling",
    # "strung along", "a full month after you had promised it"
    Signal("bitterness", r"\bnot holding my breath\b"
                         r"|\bwithout (?:people|someone|candidates|the likes of) (?:like )?me\b"
                         r"|\bthink twice before (?:trusting|applying|dealing|believing|"
                         r"working)\b"
                         r"|\btook the shine off\b|\btakes the shine off\b"
                         r"|\b(?:all the more|even more) (?:\w+ ){0,2}?(?:puzzling|baffling|"
                         r"frustrating|disappointing|galling|of a (?:letdown|let-down|blow|shame)|"
                         r"annoying|confusing|surprising|bewildering|hurtful|insulting)\b"
                         r"|\bfor whatever (?:that|it)(?:'s| is) worth after\b"
                         r"|\bstrung along\b"
                         r"|\bturned (?:\w+ ){0,5}?into an? (?:scramble|mess|farce|shambles|"
                         r"circus|ordeal|slog)\b"
                         r"|\b(?:week|weeks|month|months|fortnight) (?:after|later than) (?:you|"
                         r"they|it was|your \w+) (?:had )?promised\b"
                         r"|\bkept (?:me )?waiting (?:for )?(?:\w+ ){0,2}?(?:weeks|months|days)\b",
           unless=OWN_DEEDS),
)
