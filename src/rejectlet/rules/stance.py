"""What a sentence does to the reader: argue, blame, plead, demand, compare, concede.

A careful reader does not stop at a word ("mistake", "bias", "angry"); they stop
at what the sentence does with it. "Rejecting me was a mistake" argues with the
decision; "I found a mistake in our fuel model and fixed it" is the writer's own
work. So each signal here is a sentence-level frame: what the sentence says
about the decision, the hiring, the person hired, or the writer's need. A frame
built on a word that also describes work ("unfair", "desperate", "wrong") is
dropped when the sentence is about the writer's own achievements.

Patterns are written once, for the plain form of the text (see ``reading``):
lower case, straight apostrophes, accents folded ("überdenken" is
"uberdenken"). They run on the linear-time engine, so no text can make them
slow. German has its own frames, written for German word order (the verb at the
end, "Sie" as the addressee), not translated from the English ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from . import (
    classes_de,
    english,
    english_classes,
    english_grievance,
    english_paraphrase,
    english_pressure,
    english_told,
    english_topics,
    grievance_de,
    pressure_de,
    told_de,
)
from .addressee_de import masked_third_person
from .aim import JUDGING, aim, answers, quoted_questions_masked
from .clauses_de import host_clause
from .frames import Signal
from .linear import LinearPattern, LinearSet, linear, linear_set
from .reading import Plain, Sentence, plain, sentences
from .stance_de import DE_FEEDBACK as _DE_FEEDBACK
from .stance_de import DE_TONE as _DE


@dataclass(frozen=True, slots=True)
class Concern:
    """A frame found in a sentence: where its words are, and the sentence itself."""

    category: str
    mild: bool
    start: int
    end: int
    sentence_start: int
    sentence_end: int


# -- English -------------------------------------------------------------------------------

#: The writer's own work turns off frames built on words that also describe work.
_EN_OWN_WORK = english.OWN_WORK

_COP = (r"(?:is|was|were|are|seems?|seemed|looks?|looked|feels?|felt|'s|will be|would be|"
        r"has been|had been|remains?|strikes me as|struck me as)")
_INTENSE = (r"(?:(?:so|very|really|quite|simply|just|clearly|obviously|frankly|totally|"
            r"completely|utterly|deeply|absolutely|extremely|grossly|rather|highly|plainly|"
            r"entirely|truly|such|honestly|frankly,) )*")
_VERDICT = (r"(?:an? )?(?:(?:big|huge|terrible|serious|grave|costly|massive|real|clear|"
            r"complete|total) )?(?:mistake|error|wrong|unfair|unjust|ridiculous|absurd|outrageous|"
            r"insulting|joke|baffling|short-?sighted|foolish|stupid|nonsense|misguided|flawed|"
            r"disgrace(?:ful)?|shameful|farce|laughable|pathetic|appalling|unacceptable|"
            r"unprofessional|biased|rigged|incompetent|insane|crazy|bizarre|"
            r"(?:wrong|bad|poor) (?:call|choice|decision))\b")
_YOUR_DECISION = (r"(?:your (?:\w+ ){0,2}?(?:decision|choice|call|rejection|verdict|selection|"
                  r"judge?ment)|rejecting me|turning me down|passing me over|passing on me|"
                  r"not (?:hiring|choosing|selecting|picking|taking) me|(?:hiring|choosing|picking)"
                  r" (?:him|her|them|someone else|somebody else|another candidate))")
_THE_DECISION = (r"(?:(?:the|this|that|such an?|an?) (?:\w+ ){0,2}?(?:decision|choice|call|"
                 r"rejection|verdict|outcome|selection)|(?:the|this|that|your|the whole) "
                 r"(?:\w+ ){0,2}?(?:process|interview|interviews|assessment|panel|treatment|"
                 r"procedure|recruitment|recruiting|case study|thing|experience))")
_HIRED = (
    r"(?:who(?:m)?ever (?:you|they) (?:\w+ ){0,2}?(?:hired|chose|picked|selected|went with|took|"
    r"appointed|offered|preferred)|whoever (?:got|gets|landed|won|took) (?:the|this|that) "
    r"(?:job|role|position|offer)|(?:the|your|that|this) (?:\w+ )?(?:person|candidate|applicant|"
    r"one|man|woman|guy|hire|individual|newcomer) (?:that |who |whom )?(?:you|they) (?:\w+ )?"
    r"(?:hired|chose|picked|selected|went with|preferred|appointed)|the (?:other|successful|"
    r"chosen|selected|winning|lucky) (?:\w+ )?(?:candidate|applicant|person|hire|one|guy)|"
    r"your (?:new|chosen) (?:\w+ )?(?:hire|candidate|analyst|employee|recruit)|someone else|"
    r"somebody else)")
_BETTER = (
    r"(?:cannot|can't|could not|couldn't|won't|will not|will never|would never|never|doesn't|"
    r"does not|don't|do not|didn't|did not|isn't|is not)(?: \w+){0,2}? (?:match|compete|compare|"
    r"come close|measure up|equal|hold a candle|have my|bring my|offer what)|(?:more|better|far "
    r"more|much more|far better|much better|way more|less|far less) (?:qualified|experienced|"
    r"capable|skilled|suited|competent|talented)|nowhere near|not (?:nearly )?as (?:good|"
    r"qualified|experienced|capable|strong)|no match for|than (?:me|i|mine)\b|(?:over|instead "
    r"of|rather than) me\b|outperform|better than|i (?:doubt|bet)|have that i (?:don't|do not|"
    r"didn't|lack)|do what i (?:can|do)|what i(?: \w+){0,2} (?:bring|brought|offer|offered|do|did|"
    r"done|deliver|delivered)\b")
_DECIDED_ABOUT_ME = (
    r"(?:\b(?:i|me|my)\b[^.?!]{0,60}(?:\bnot\b|n't\b|\bnever\b|reject|turn\w* (?:me )?down|"
    r"pass\w* (?:me )?over|someone else|somebody else|another (?:candidate|applicant|person)|"
    r"\bover me|instead of me|\bcho(?:o)?se|\bchosen|\bpick|\bselect|\bhire|\bget\b|\bgot\b|"
    r"went with|go with|prefer|decid)|(?:\bnot|n't|\bnever)\b[^.?!]{0,10}\b(?:i|me)\b|"
    r"\byou (?:\w+ )?(?:cho(?:o)?se|chosen|pick|hire|select|"
    r"reject|turn|pass|go with|went with|decide|prefer|decline))")
_REQUEST = (r"\b(?:appreciate|welcome|grateful|could you|would you|can you|will you|please|"
            r"love to|like to|hope|glad|thankful|wonder|share|send|give me|provide|let me|"
            r"tell me|i'd value|i would value)\b")

_EN_LISTED: tuple[Signal, ...] = (
    # arguing with the decision
    Signal("arguing", rf"\b{_YOUR_DECISION} {_COP} {_INTENSE}{_VERDICT}"),
    Signal("arguing", rf"\b{_THE_DECISION} {_COP} {_INTENSE}{_VERDICT}", unless=_EN_OWN_WORK),
    Signal("arguing", rf"\b(?:this|that) {_COP} {_INTENSE}{_VERDICT}", unless=_EN_OWN_WORK),
    Signal("arguing", r"\bit (?:is|was|would be|'s) (?:\w+ ){0,2}?(?:mistake|error|wrong) "
                      r"(?:to|not to) (?:reject|pass|turn|choose|hire|overlook|dismiss|ignore|"
                      r"let|go|pick|select)"),
    Signal("arguing", r"\byou\b[^.?!]{0,25}\b(?:made|make|making|have made|'ve made)\b[^.?!]{0,20}"
                      r"\b(?:mistake|error|wrong (?:decision|choice|call)|(?:bad|poor) "
                      r"(?:decision|choice|call))\b"),
    Signal("arguing", r"\b(?:you|your(?: \w+)?|the (?:panel|committee|board|team|company|hiring "
                      r"\w+))(?: \w+){0,2}? (?:got|get|have got|'ve got) (?:it|this|that|this one|"
                      r"that one|the (?:call|decision|choice))(?: \w+)? wrong\b"),
    Signal("arguing", r"\b(?:wrong|bad|poor|unjust|terrible|short-?sighted|misguided|flawed|"
                      r"rash|hasty|baffling|questionable) (?:decision|choice|call|verdict)\b",
           unless=_EN_OWN_WORK),
    Signal("arguing", r"\bi (?:\w+ )?(?:disagree|do not agree|don't agree|cannot agree|can't agree|"
                      r"cannot accept|can't accept|do not accept|don't accept|refuse to accept|"
                      r"object to|dispute|challenge)\b[^.?!]{0,30}\b(?:decision|choice|outcome|"
                      r"rejection|result|verdict|assessment|you|this|that|it)\b"),
    Signal("arguing", r"\bi (?:strongly |completely |respectfully )?disagree\b"),
    Signal("arguing", r"\b(?:decision|choice|rejection|this|that|it|outcome)\b[^.?!]{0,20}"
                      r"\bmakes? (?:no|little|zero) sense\b"),
    Signal("arguing", r"\bi (?:do not|don't|cannot|can't|fail to|struggle to) (?:understand|see|"
                      r"fathom|comprehend|accept) (?:how|why) (?:you|anyone|someone|a company|"
                      r"your)\b[^.?!]{0,40}\b(?:turn|reject|pass|overlook|choose|chose|pick|hire|"
                      r"ignore|dismiss|decide|not)"),
    Signal("arguing", r"\bi (?:do not|don't|cannot|can't) (?:understand|accept|comprehend) "
                      r"(?:your|the|this) (?:decision|choice|rejection)\b"),
    Signal("arguing", r"\bi (?:was|am|'m)(?: \w+){0,2}? the (?:best|strongest|most qualified|"
                      r"most experienced|obvious|only real|only serious|clear) (?:candidate|"
                      r"applicant|person|fit|choice|match)\b"),
    Signal("arguing", r"\bi (?:deserved?|should have (?:got|gotten|been given|been offered|been "
                      r"chosen|been hired|been selected))\b[^.?!]{0,30}\b(?:job|role|position|"
                      r"offer|better|more|it|chosen|hired|selected)\b"),
    # asking them to revisit
    Signal("revisit", r"\b(?:re-?consider\w*|revisit\w*|re-?think\w*|re-?evaluat\w*|re-?assess\w*|"
                      r"reverse|overturn|re-?open|re-?examine|review (?:\w+ ){0,3}(?:again|once "
                      r"more)|take (?:another|a second|one more|a fresh) look|look again|think "
                      r"again|another look|second thoughts)\b",
           also=r"\b(?:your|the|this|that|my) (?:\w+ )?(?:decision|choice|application|candidacy|"
                r"rejection|candidature|verdict|outcome|file|cv|resume)\b|\bme\b|\bplease\b|"
                r"\byou (?:will|would|could|might|can|may|to)\b|\b(?:would|could|will|can|might)"
                r" you\b|\b(?:the|your) (?:committee|panel|board|team|hiring \w+|company|firm|"
                r"recruiters?)\b|\b(?:grateful|appreciate it|hope|wish) if\b",
           unless=_EN_OWN_WORK),
    Signal("revisit", r"\byour (?:re-?consideration|second look)\b|"
                      r"\bchange (?:your|the) (?:mind|decision|verdict)\b|\bchange your minds\b|"
                      r"\b(?:sway|persuade|convince) you (?:otherwise|to)\b|\bis (?:the|your|this)"
                      r" decision (?:really |truly )?final\b"),
    # demanding reasons
    Signal("reasons", r"\b(?:why|what made you|what led you|what was it that|how come|"
                      r"how could you|"
                      r"on what (?:basis|grounds))\b[^.!]{0,120}\?", also=_DECIDED_ABOUT_ME),
    Signal("reasons", r"\b(?:i (?:want|would like|'d like|need|have a right|demand|insist) to "
                      r"(?:know|understand|hear)|(?:please|kindly|you|^) ?explain|explain to me|"
                      r"tell me|let me know)\b"
                      r"[^.?!]{0,10}\bwhy\b", also=_DECIDED_ABOUT_ME),
    Signal("reasons", r"\b(?:demand|insist on|am entitled to|'m entitled to|deserve|right to) "
                      r"(?:to )?(?:know|hear|learn|see|an? explanation|the reasons?)\b"),
    Signal("reasons", r"\bi (?:deserve|am owed|'m owed|demand|expect|require|insist on|am entitled "
                      r"to|'m entitled to)\b[^.?!]{0,10}\b(?:an? )?(?:explanation|reason|reasons|"
                      r"answer|answers|justification)\b"),
    # comparing oneself with the person hired
    Signal("comparison", rf"\b{_HIRED}\b", also=_BETTER),
    Signal("comparison", r"\bi(?:'m| am| was)(?: \w+){0,2}? (?:more|better) (?:qualified|"
                         r"experienced|capable|suited) than\b"),
    Signal("comparison", r"\bwhat (?:exactly )?(?:did|does|do) (?:the|your|that) (?:other |"
                         r"successful |chosen |new )?(?:candidate|applicant|person|hire)\b"
                         r"[^.?!]{0,30}\bhave\b"),
    # concessions
    Signal("concession", r"\b(?:lower|smaller|reduced|lesser|reduction in|cut in|less) (?:\w+ )?"
                         r"(?:salary|pay|wage|wages|rate|compensation|package|remuneration|title|"
                         r"level)\b",
           also=r"\b(?:accept|take|work for|settle|consider|happy|fine|okay|ok|willing|ready|"
                r"open to|glad|gladly|would|even|could)\b", unless=_EN_OWN_WORK),
    Signal("concession", r"\b(?:take|accept|swallow) (?:a )?(?:pay|salary|wage) cut\b|\bwork "
                         r"(?:for )?(?:less|free|nothing|no pay)\b|\bunpaid (?:intern|internship|"
                         r"trial|basis|work)\b|\b(?:work|start|join|intern|help|"
                         r"begin)(?:ing)?(?: \w+){0,2}? (?:unpaid|"
                         r"for free|without pay|for nothing)\b|\bfor free\b|\b(?:reduce|lower|"
                         r"drop|cut|adjust) my "
                         r"(?:salary|rate|pay|expectations|asking|demands)\b|\btake (?:a|any) "
                         r"(?:lower|junior|smaller|lesser|more junior) (?:role|position|title|"
                         r"job)\b", unless=_EN_OWN_WORK),
    # other offers turned down
    Signal("other-offers", r"\b(?:turned down|declined|rejected|refused|passed on|passed up|said "
                           r"no to|walked away from|gave up|turn down|decline|pass up)\b"
                           r"[^.?!]{0,30}\b(?:offers?|jobs?|positions?|roles?|opportunities)\b",
           unless=english.OUR_OFFER),
    Signal("other-offers", r"\bi (?:have|'ve got|got|am holding|'m holding|received)(?: \w+){0,2}?"
                           r" (?:other|competing|several|two|three|multiple|another) (?:job )?"
                           r"offers?\b|\b(?:other|competing) (?:companies|employers|firms) (?:are|"
                           r"were|have been) (?:interested|calling|chasing|courting)\b"),
    # "for your sake", "I expected better"
    Signal("for-your-sake", r"\bfor your (?:own )?sake\b|\bfor (?:the )?sake of your "
                            r"(?:company|team|business|firm)\b"),
    Signal("expected-better", r"\bi(?: \w+){0,2}? expected (?:\w+ )?(?:better|more)(?: (?:from|"
                              r"of) (?:you|your|a|an|the|this|such|people)\b| (?:professionalism|"
                              r"respect|courtesy|consideration|decency)\b|\W*$)"),
    # bitterness
    Signal("bitterness", r"\byour loss\b|\bwaste of (?:my |our |everyone's )?time\b|\bthanks for "
                         r"nothing\b|\byou(?:'ll| will| are going to|'re going to)(?: \w+)? "
                         r"regret\b|\bregret (?:this|your|that) (?:decision|choice)\b|\bgood luck "
                         r"(?:finding|replacing|with (?:whoever|your new|the new|that))\b|"
                         r"\b(?:counts?|means?|meant|counted) (?:for )?(?:nothing|very little)\b|"
                         r"\b(?:were|was|are) never (?:really )?serious\b|\bnever (?:were|was) "
                         r"serious\b|\bshame on you\b|\b(?:disappointed|disgusted|appalled) "
                         r"(?:in|with|by) (?:you|your|the company|the way|how you)\b|\bworks? out "
                         r"better than (?:your|the) last\b|\bi(?:'m| am) done with (?:you|your)\b|"
                         r"\bwhat a (?:joke|farce|waste)\b|\b(?:second-?(?:choice|best|rate)|"
                         r"consolation|cheaper) "
                         r"(?:hire|candidate|pick|choice|option)\b|\benjoy your (?:new )?(?:hire|"
                         r"choice|pick|candidate)\b|\bhope you(?:'re| are) happy\b|\bsee how"
                         r" (?:that|it) works out\b"),
    Signal("bitterness", r"\bi hope (?:your|the) (?:new )?(?:hire|person|candidate|choice)\b"
                         r"[^.?!]{0,40}\b(?:works? out|is worth|better than)\b"),
    Signal("closing-door", r"\bi(?: won't| wont| will not| will never|'ll never|'ll not| shall not|"
                           r" shall never| am not|'m not| am no longer|'m no longer| do not| "
                           r"don't| no longer)(?: \w+){0,2}? (?:apply|applying|reapply|"
                           r"reapplying|work|working|consider|considering)\b[^.?!]{0,40}\b(?:again"
                           r"|you|your|the company|in future|in the future)\b|\bi(?:'m| am) "
                           r"(?:no longer|not)(?: \w+)? interested\b|\b(?:no|lost|without) "
                           r"(?:further |any |all |more )?(?:interest|desire) in (?:you|your|"
                           r"working|the company|joining|this company)\b|\bnever (?:apply|work)"
                           r"(?: \w+){0,3} again\b", unless=english_topics.NOT_FOR_THINGS),
    # anger
    Signal("anger", r"\b(?:i(?:'m| am| was| feel| felt| remain| have been|'ve been)|makes? me|made"
                    r" me|left me|leaves me)(?: \w+){0,2}? (?:angry|furious|livid|outraged|enraged"
                    r"|incensed|insulted|offended|appalled|disgusted|fuming|bitter|infuriated)\b"),
    Signal("anger", r"\b(?:outrageous|insulting|infuriating|disgraceful|appalling|scandalous|a "
                    r"disgrace|a farce|a sham|laughable|pathetic)\b", unless=_EN_OWN_WORK),
    Signal("anger", rf"\bi (?:find|found|consider|call) (?:this|that|it|your (?:\w+ ){{1,2}}|the "
                    rf"(?:\w+ ){{1,2}}){_INTENSE}{_VERDICT}"),
    # blame
    Signal("blame", rf"\b{_COP} {_INTENSE}(?:like |as if it was )?(?:biased|prejudiced|rigged|"
                    rf"stacked against|a "
                    r"formality|a sham|a foregone conclusion|pre-?determined|decided (?:in "
                    r"advance|beforehand|before))\b", unless=_EN_OWN_WORK),
    Signal("blame", r"\bbias(?:ed)? (?:against|towards?|in favou?r of) (?:me|older|younger|women|"
                    r"men|candidates|applicants|people|outsiders|anyone|those|external)\b"),
    Signal("blame", r"\bdiscriminat(?:ed|ing|es) against\b|\bdiscriminatory\b|\b(?:age|gender|"
                    r"racial|sex|pregnancy|disability) discrimination\b|\b(?:ageism|ageist|sexism|"
                    r"sexist|racism|racist|nepotism|favou?ritism|cronyism)\b|\b(?:this|that|it) "
                    r"(?:is|was|feels like|looks like|smells of) discrimination\b",
           unless=_EN_OWN_WORK),
    Signal("blame", rf"\b(?:{_COP}|so|very|deeply|completely|totally|really|quite|utterly|grossly|"
                    r"highly|simply|just|most|plainly) unfair\b|\bunfair(?:ly)? (?:to|towards?) "
                    r"(?:me|candidates|applicants|anyone|people)\b|\bunfair (?:treatment|decision|"
                    r"process|interview\w*|questions?|choice|rejection|selection|assessment|test|"
                    r"task|criteria|comparison|evaluation|hiring)\b|\b(?:treated|judged|rejected|"
                    r"assessed|dismissed|excluded|overlooked|passed over|screened out) (?:me )?"
                    r"unfairly\b|\bunfairly (?:treated|judged|rejected|assessed|dismissed|excluded"
                    r"|overlooked|passed over|screened)\b|\bnot (?:been )?fair\b|\bunjust(?:ly)?"
                    r"\b", unless=_EN_OWN_WORK),
    Signal("blame", r"\b(?:never|didn't|did not|don't|do not|barely|hardly) (?:even )?(?:read|"
                    r"looked at|look at|opened|open|considered|consider|listened to|listen to|"
                    r"bothered)\b[^.?!]{0,20}\b(?:my|me)\b",
           also=r"\b(?:you|your|they|he|she|nobody|no one|recruiter|interviewer|panel|manager)\b"),
    Signal("blame", r"\b(?:your|the|they|he|she)(?: \w+){0,2}? (?:was|were|seemed|is|are|came "
                    r"across as|acted)(?: \w+){0,2}? (?:rude|unprepared|dismissive|disrespectful|"
                    r"unprofessional|incompetent|arrogant|hostile|condescending|disorgani[sz]ed|"
                    r"careless|uninterested|clueless|lazy|sloppy|chaotic)\b", unless=_EN_OWN_WORK),
    Signal("blame", r"\b(?:promised|given|earmarked|reserved) (?:to|for) (?:an? )?(?:insider|"
                    r"internal|friend|someone|somebody|crony)|\binside (?:hire|job|candidate)\b|"
                    r"\balready (?:had|picked|chosen|decided|made up)\b[^.?!]{0,25}\b(?:someone|"
                    r"somebody|candidate|mind|minds)\b|\bmade up (?:your|their) minds?\b"),
    # pleading
    Signal("pleading", r"\bbeg(?:ging)?\b|\bi implore\b|\bplease,? please\b"),
    Signal("pleading", r"\bdesperate(?:ly)?\b", unless=_EN_OWN_WORK),
    Signal("pleading", r"\b(?:give|offer|grant|allow|let) me (?:\w+ )?(?:one more|another|a "
                       r"second|just one|one last|a last|a final|a fair|a) (?:chance|shot|try)\b|"
                       r"\b(?:one more|another|a second|one last|a final) (?:chance|shot) (?:for "
                       r"me|to prove|to show)\b"),
    Signal("pleading", r"\bi(?: \w+){0,2}? need (?:this|the|that|a|any) (?:\w+ )?(?:job|role|"
                       r"position|offer|work|income|opportunity|salary)\b"),
    Signal("pleading", r"\bi(?:'ll| will| would|'d) do (?:absolutely )?anything\b|\bwhatever it "
                       r"takes\b", unless=_EN_OWN_WORK),
    Signal("pleading", r"\bmy (?:family|children|kids|wife|husband|partner|rent|mortgage|bills|"
                       r"livelihood|future) (?:\w+ )?(?:depends?|relies|rely|needs?|hinges?|is "
                       r"counting|are counting)\b|\b(?:i|we) (?:can't|cannot|can no longer) "
                       r"(?:afford|survive)\b|\bi have no (?:other )?(?:options?|choice|"
                       r"alternatives?|savings)\b"),
    # mild: a warning, not an error
    Signal("mild", r"\b(?:i (?:was|am|felt|feel|remain)|i'm|i've been|it (?:was|is)|that (?:was|is)"
                   r"|this (?:was|is)|(?:the|your)(?: \w+){0,6} (?:was|is|were|has been)|made me|"
                   r"left me|leaves me)(?: \w+){0,2}? (?:frustrat\w+|upset|let down|hurt|annoyed|"
                   r"annoying|saddened|irritat\w+|stung|discouraged|disheartened|crushed|"
                   r"devastated|gutted)\b", unless=_EN_OWN_WORK, mild=True),
    Signal("mild", r"\b(?:the|your|this|that) (?:news|decision|rejection|outcome|email|letter|"
                   r"result|answer)(?: \w+){0,2}? (?:stung|hurt|upset|frustrated|annoyed|saddened|"
                   r"rankled|irked)\b", mild=True),
    Signal("mild", r"\b(?:surprised|shocked|stunned|baffled|puzzled|confused) (?:by|at|about|to "
                   r"(?:hear|learn|read)) (?:the|your|this) (?:decision|outcome|news|result|"
                   r"rejection)\b", mild=True),
    Signal("mild", r"\bi(?:'ve| have) been (?:out of work|unemployed|looking)(?: \w+){0,3} "
                   r"(?:months|years)\b", mild=True),
)

#: The listed frames first, then the word-class frames (see ``english``); mild ones last,
#: so a sentence that is both angry and frustrated is reported as angry.
_EN: tuple[Signal, ...] = (tuple(s for s in _EN_LISTED if not s.mild) + english.STRONG
                           + english_topics.CLOSED + english_topics.EXPECTED_BETTER
                           + english_topics.COMPARED_AS_DOUBT + english_topics.LEVERAGE
                           + english_topics.STORY + english_topics.RESTATED
                           + english_told.REASONS + english_told.BLAME_TOLD
                           + english_told.IRONY + english_told.HIRE_DOUBTED
                           + english_told.LET_DOWN + english_told.BROAD
                           + english_classes.CLOSED + english_classes.CONCESSION
                           + english_classes.EXPECTED_BETTER + english_classes.BITTER
                           + english_classes.BLAME_STORY + english_classes.REASONS
                           + english_classes.BROAD
                           + english_paraphrase.CLOSED + english_paraphrase.CONCESSION
                           + english_paraphrase.REVISIT + english_paraphrase.COMPARED
                           + english_paraphrase.BITTER + english_paraphrase.CONCESSION_LESS
                           + english_paraphrase.REASONS
                           + english_pressure.LEVERAGE + english_pressure.ARGUING
                           + english_grievance.BLAME + english_grievance.BITTER
                           + tuple(s for s in _EN_LISTED if s.mild) + english.MILD
                           + english_topics.AFFECT)

# Feedback requested in the letter's body (a P.S. matter in a first reply).
_EN_FEEDBACK_LISTED: tuple[Signal, ...] = (
    Signal("feedback", r"\b(?:tell|show|let|send|give|write|"
                       r"share with) me(?: know)?\b[^.?!]{0,25}\b(?:where|what|why|how|"
                       r"which)\b[^.?!]{0,40}\b(?:fell short|went wrong|did wrong|done wrong|was "
                       r"missing|were missing|lacked|lacking|was weak|were weak|could improve|"
                       r"could do better|could have done|should improve|should have done|could "
                       r"strengthen|need to improve|to improve|weakness\w*|mistakes?|missing)\b"),
    Signal("feedback", r"\b(?:feedback|comments?|thoughts|notes|pointers|critique|assessment|"
                       r"evaluation|input)\b[^.?!]{0,25}\b(?:on|about|regarding|concerning|from) "
                       r"(?:my|the) (?:\w+ ){0,2}?(?:interview\w*|application|candidacy|"
                       r"performance|presentation|case study|answers|task|assignment|test|cv|"
                       r"resume|profile|portfolio)\b", also=_REQUEST),
    Signal("feedback", r"\b(?:what|where|how) i (?:did wrong|fell short|could (?:improve|have done "
                       r"better|do better|strengthen)|should (?:improve|work on|have done)|lacked|"
                       r"was lacking|missed|need to improve|might improve|can improve)\b",
           also=_REQUEST + r"|\?"),
    Signal("feedback", r"\b(?:any|some|your|honest|candid|detailed|specific|brief) feedback\b",
           also=_REQUEST, unless=_EN_OWN_WORK),
    Signal("feedback", r"\b(?:areas?|things|points) (?:where|that|in which|to|for) (?:i )?(?:could"
                       r" |can |should |might )?(?:improve|develop|grow|work on)\b",
           also=_REQUEST),
)
_EN_FEEDBACK = (_EN_FEEDBACK_LISTED + english.FEEDBACK + english_topics.FEEDBACK_SIDEWAYS
                + english_classes.FEEDBACK + english_paraphrase.FEEDBACK)

# -- German: frames of their own, in stance_de ----------------------------------------------

#: Words that show disappointment, which a letter may voice once.
_ONCE: Mapping[str, str] = {
    "en": r"\bdisappoint(?:ed|ment)\b|\b(?:was|is|very|quite|rather|bit|somewhat|deeply|most|"
          r"hugely|really) disappointing\b",
    "de": r"\benttauscht\b|\benttauschung\b|\b(?:war|ist|sehr|etwas|ziemlich) enttauschend\b",
}

#: The German frames: the judging ones of ``stance_de``, then those told without a judging
#: word (``told_de``), then the mild ones, so a frame that stops a reply is found first.
_DE_ALL: tuple[Signal, ...] = (tuple(s for s in _DE if not s.mild) + told_de.REASONS
                               + told_de.BLAME + told_de.IRONY + told_de.HIRE_DOUBTED
                               + told_de.LET_DOWN + told_de.BROAD
                               + classes_de.CLOSED + classes_de.CONCESSION
                               + classes_de.EXPECTED_BETTER + classes_de.BITTER
                               + classes_de.BLAME + classes_de.REASONS
                               + pressure_de.LEVERAGE + pressure_de.ARGUING
                               + grievance_de.BLAME + grievance_de.BITTER
                               + tuple(s for s in _DE if s.mild))

_TONE: Mapping[str, tuple[Signal, ...]] = {"en": _EN, "de": _DE_ALL}
_FEEDBACK: Mapping[str, tuple[Signal, ...]] = {"en": _EN_FEEDBACK,
                                                "de": _DE_FEEDBACK + classes_de.FEEDBACK}


def base_language(language: str) -> str:
    """'de-AT' reads as 'de'; a language with no frames of its own reads as English."""
    base = language.split("-")[0].split("_")[0].lower()
    return base if base in _TONE else "en"


class _Compiled:
    """One signal, its patterns compiled the first time they are searched.

    A sentence is first searched with the set of every signal's pattern, which
    names the few signals it could hold; most signals are never searched on their
    own in a run, so compiling each of them up front (about 60 ms for the English
    tone frames) would be spent at every start for nothing.
    """

    __slots__ = ("_also", "_also_source", "_pattern", "_unless", "_unless_source", "category",
                 "mild", "source")

    def __init__(self, signal: Signal) -> None:
        self.category = signal.category
        self.mild = signal.mild
        self.source = signal.pattern
        self._pattern: LinearPattern | None = None
        self._also: LinearPattern | None = None
        self._unless: LinearPattern | None = None
        self._also_source = signal.also
        self._unless_source = signal.unless

    @property
    def pattern(self) -> LinearPattern:
        if self._pattern is None:
            self._pattern = LinearPattern(self.source)
        return self._pattern

    @property
    def also(self) -> LinearPattern | None:
        if self._also is None and self._also_source:
            self._also = LinearPattern(self._also_source)
        return self._also

    @property
    def unless(self) -> LinearPattern | None:
        if self._unless is None and self._unless_source:
            self._unless = LinearPattern(self._unless_source)
        return self._unless


@lru_cache(maxsize=8)
def _compiled(language: str, feedback: bool) -> tuple[_Compiled, ...]:
    table = (_FEEDBACK if feedback else _TONE)[language]
    return tuple(_Compiled(s) for s in table)


@lru_cache(maxsize=8)
def _signal_set(language: str, feedback: bool) -> LinearSet | None:
    """Every signal's pattern in one set, so a sentence is searched once to learn which
    signals it could hold; only those are then tried in turn."""
    return linear_set(tuple(s.source for s in _compiled(language, feedback)))


_CLAUSE_MARKS = ",;:"
_CLAUSE_WORDS = (" but ", " though ", " although ", " while ", " whereas ", " yet ",
                 " aber ", " obwohl ", " doch ", " wahrend ", " jedoch ")


def _clause(words: str, start: int, end: int) -> str:
    """The clause around a match: "Though the process was unfair, I built the
    models" is a complaint, whatever the second clause says about the work."""
    first = max([words.rfind(mark, 0, start) + 1 for mark in _CLAUSE_MARKS]
                + [words.rfind(word, 0, start) + 1 for word in _CLAUSE_WORDS] + [0])
    ends = [i for i in (words.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0]
    ends += [i for i in (words.find(word, end) for word in _CLAUSE_WORDS) if i >= 0]
    return words[first:min(ends, default=len(words))]


def _about_something_else(clause: str) -> bool:
    """Whether a judging clause is plainly about the company's own work or another
    matter ("the team reconsidered its cloud strategy", "rate cards widely seen as
    unfair") and says nothing of the hiring, the decision or the writer."""
    return linear(english_topics.OFF_TOPIC).search(clause) is not None and \
        linear(english_topics.ON_TOPIC).search(clause) is None


#: A role accepted elsewhere told as news, per language, and the leverage that turns news
#: into pressure (see ``english_pressure``).
_NEWS: Mapping[str, str] = {"en": english_pressure.NEUTRAL_NEWS, "de": pressure_de.NEUTRAL_NEWS}


def _only_news(words: str, base: str) -> bool:
    """Whether a sentence that names a role elsewhere only tells it as news ("I have since
    accepted a role at another company, and would still be glad to stay in touch"): it
    says it has accepted or started one, and no leverage frame finds pressure in it."""
    if linear(_NEWS[base]).search(words) is None:
        return False
    leverage = english_pressure.LEVERAGE if base == "en" else pressure_de.LEVERAGE
    return all(linear(s.pattern).search(words) is None for s in leverage)


def _read(text: Plain, language: str, feedback: bool,
          only: str | None = None) -> Iterator[Concern]:
    base = base_language(language)
    bounds = sentences(text)
    for number, sentence in enumerate(bounds):
        words = text.lower[sentence.start:sentence.end]
        if base == "de":
            words = masked_third_person(text.text[sentence.start:sentence.end], words)
        if not feedback:
            words = quoted_questions_masked(words)
        frames = _sentence_frames(words, base, feedback, only)
        if not frames:
            continue
        target = "them" if feedback else aim(words, base,
                                             text.text[sentence.start:sentence.end])
        rhetorical = number + 1 < len(bounds) and answers(
            text.lower[bounds[number + 1].start:bounds[number + 1].end], base)
        for category, mild, start, end in frames:
            judging = category in JUDGING
            if target == "work" or (rhetorical and category == "reasons"):
                continue
            yield Concern(category, mild or (judging and target == "elsewhere"),
                          sentence.start + start, sentence.start + end, sentence.start,
                          sentence.end)


#: Sentences whose frames are kept. A batch repeats most of its sentences (the
#: profile's, the pack's fixed ones) in every letter, and the rules read each
#: paragraph more than once; the frames of a sentence depend on its words alone.
SENTENCE_MEMORY = 4096


@lru_cache(maxsize=SENTENCE_MEMORY)
def _sentence_frames(words: str, base: str, feedback: bool,
                     only: str | None) -> tuple[tuple[str, bool, int, int], ...]:
    """The frames found in one sentence's plain words: category, mildness and span
    within the sentence, strongest first, no two overlapping."""
    signals = _compiled(base, feedback)
    present = _signal_set(base, feedback)
    found: list[tuple[str, bool, int, int]] = []
    taken: list[tuple[int, int]] = []
    categories: set[str] = set()
    for index in (range(len(signals)) if present is None else present.present(words)):
        signal = signals[index]
        if only is not None and signal.category != only:
            continue
        if signal.category in categories:
            continue
        hit = signal.pattern.search(words)
        if hit is None:
            continue
        if signal.also is not None and signal.also.search(words) is None:
            continue
        clause = _clause(words, hit.start, hit.end)
        if base == "de":  # German puts a clause's subject and main verb past a comma
            clause = host_clause(words, hit.start, hit.end, clause)
        if signal.unless is not None and signal.unless.search(clause) is not None:
            continue
        if base == "en" and signal.category in english_topics.TOPICAL and \
                _about_something_else(clause):
            continue
        if signal.category == "other-offers" and _only_news(words, base):
            continue
        if any(start < hit.end and hit.start < end for start, end in taken):
            continue
        taken.append((hit.start, hit.end))
        categories.add(signal.category)
        found.append((signal.category, signal.mild, hit.start, hit.end))
    return tuple(found)


def tone_concerns(text: Plain, language: str, only: str | None = None) -> Iterator[Concern]:
    """Frames of bitterness, argument, blame, pleading and the like. Signals are
    listed strongest first; in a sentence, a frame whose words overlap one
    already found is not reported again, so one complaint gets one finding."""
    return _read(text, language, False, only)


def feedback_requests(text: Plain, language: str) -> Iterator[Concern]:
    """Sentences that ask for feedback on the decision or the interview."""
    return _read(text, language, feedback=True)


def disappointment(text: Plain, language: str) -> Iterator[tuple[int, int]]:
    """Each place the writer voices disappointment."""
    for hit in linear(_ONCE[base_language(language)]).finditer(text.lower):
        yield hit.start, hit.end


def sentence_of(text: Plain, concern: Concern) -> Sentence:
    """The sentence a concern was found in."""
    return Sentence(concern.sentence_start, concern.sentence_end)


def declines_interest(text: str, language: str) -> bool:
    """True when the text says the writer is not interested or will not apply again."""
    return any(True for _ in tone_concerns(plain(text), language, "closing-door"))


def asks_feedback(text: str, language: str) -> bool:
    """True when the text asks for feedback on the decision or the interview."""
    return any(True for _ in feedback_requests(plain(text), language))
