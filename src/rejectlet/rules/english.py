"""English sentence frames built from word classes rather than from listed phrases.

A careful reader stops at what a sentence does, not at a word. The frames here
combine three things that can each be written as a class of words:

- the *topic*: the decision, the hiring, the process, the people who ran it,
  the person hired, the writer's need;
- the *stance*: a negative judgement, a demand, a plea, a comparison, a
  sarcastic aside, a closed door;
- the *subject*: whether the sentence is about the writer's own work ("I found
  a flawed process and fixed it"), which turns the frame off.

Each class is a lexicon of words with their inflections, so "a misjudgment",
"ill-judged", "poorly reasoned" and "got this one backwards" all read as a
judgement of the decision without being listed as phrases. Patterns are written
for the plain form of the text (lower case, straight apostrophes, see
``reading``) and run on the linear-time engine.
"""

from __future__ import annotations

from .frames import Signal
from .pattern_parts import any_of

#: Ways of saying "I turned it down", shared by every frame about offers the
#: writer declined.
TURNED_DOWN = (r"(?:said no to|turned (?:away|down)|declined|refused|rejected|"
               r"passed (?:on|up)|let (?:\w+ ){0,3}?(?:lapse|expire|go|slip)|walked "
               r"away from|gave up|pulled out of|backed out of|withdrew from)")


# -- the writer's own work: a first-person subject doing something, or their own product --

_WORK_VERBS = any_of(
    "cut", "reduced", "fixed", "built", "designed", "redesigned", "led", "turned", "trained",
    "caught", "wrote", "rewrote", "handled", "helped", "calmed", "rebuilt", "removed",
    "eliminated", "corrected", "flagged", "cleaned", "shipped", "delivered", "solved",
    "spotted", "noticed", "improved", "lowered", "halved", "automated", "developed", "created",
    "launched", "managed", "ran", "coached", "analy[sz]ed", "studied", "showed", "proved",
    "measured", "negotiated", "renegotiated", "organi[sz]ed", "set up", "introduced",
    "replaced", "resolved", "won", "reviewed", "explained", "modell?ed", "researched",
    "published", "taught", "mentored", "investigated", "traced", "detected", "prevented",
    "stopped", "audited", "tested", "debugged", "learned", "learnt", "discovered",
    "identified", "uncovered", "served", "supported", "kept", "saved", "recovered", "guided",
    "argued", "mapped", "benchmarked", "forecast", "simulated", "challenged", "reworked",
    "restructured", "took", "rescued", "reopened", "volunteered", "earned", "brought",
    "presented", "compared", "chose", "picked", "selected", "hired", "recruited",
    "interviewed", "evaluated", "assessed", "streamlined", "simplified", "overhauled",
    "persuaded", "convinced", "reversed", "repaired", "cleared", "settled", "defused",
    "mediated", "consolidated", "migrated", "scaled", "grew", "raised", "increased",
    "boosted", "doubled", "secured", "drafted", "authored", "facilitated", "chaired",
    "owned", "oversaw", "coordinated", "planned", "documented", "standardi[sz]ed",
    "monitored", "tracked", "implemented", "deployed", "integrated", "engineered",
    "prototyped", "piloted", "trialled", "validated", "inspected", "reconciled", "unified",
    "turned around", "won back", "cleaned up", "questioned", "joined", "made", "raised",
    "cut back", "sped up", "scaled up", "opened", "closed", "ran", "steered", "rolled out",
    "wound down", "merged", "split", "sorted", "tidied", "traded", "bought", "sold",
    "pitched", "spoke", "lectured", "trained up", "onboarded", "hosted", "convened",
    "partnered", "collaborated", "contributed", "co-led", "co-founded", "founded",
    "established", "expanded", "shortened", "accelerated", "stabili[sz]ed", "protected",
    "retained", "rewired", "re-planned", "replanned", "rerouted", "recalculated",
    "started", "began", "inherited", "sat on", "untangled", "worked on", "worked with",
    "undid", "unwound", "rolled back", "walked back", "rescoped", "revised", "rethought",
    "tackled", "addressed", "revisited", "reconsidered", "retrained", "rewrote",
)
#: Words that may stand between the writer and the deed ("I have since rebuilt"), but not
#: a passive ("I was turned down") or another clause ("I asked why they rejected").
_BETWEEN = any_of("also", "then", "once", "since", "recently", "have", "had", "jointly", "first",
                "eventually", "even", "later", "already", "myself", "ourselves", "together",
                "finally", "just", "personally", r"\w+ly", "and i", "and we", "then i")
#: The writer (or their team) as the subject of a deed.
OWN_DEEDS = (
    rf"\b(?:i|we|my team|our team)(?: {_BETWEEN}){{0,3}} {_WORK_VERBS}(?:[^\w']|$)"
    r"|\bfound (?:and|a|an|two|three|several|the (?:\w+ )?(?:bug|error|flaw|fault))\b"
    r"|\b(?:i|we) (?:\w+ ){0,2}?(?:had|needed|was asked|were asked|was hired|was brought in|"
    r"decided|chose|managed|helped|volunteered|got|learned how|set out) to (?:\w+ )?(?:reverse|"
    r"fix|rebuild|replace|cut|reduce|review|redesign|lead|manage|run|build|handle|turn|close|"
    r"reopen|rescue|recover|find|clean|correct|untangle|sort out|repair|overhaul|restructure|"
    r"train|coach|rework|simplify|streamline|audit|investigate|improve|challenge|question)\b"
)
#: The writer's own product; a frame about "my presentation" as a thing they made.
OWN_PRODUCTS = (
    r"\b(?:my|our) (?:\w+ )?(?:talk|thesis|paper|research|project|book|article|study|"
    r"dissertation|presentation|course|model|tool|report|analysis|audit|survey|review|"
    r"pilot|plan|dashboard|team|work|investigation|redesign|proposal)s?\b"
)
#: The writer's brief: "My first task was to replace a broken process."
_OWN_BRIEF = (r"\b(?:my|our) (?:\w+ ){0,2}?(?:task|job|role|assignment|brief|mission|goal|remit)"
              r"(?: (?:at|in|with|for|on) [\w&' -]{1,40}?)? (?:was|is|has been|became) to\b")
#: The writer's earlier or current workplace: "at my last job the rota was unfair".
_OWN_PAST = (r"\b(?:at|in|during|from) my (?:last|previous|former|current|old|first|present) "
             r"(?:job|role|employer|company|firm|workplace|position|team|post)\b")
#: A business the writer runs or works in: "the carpentry firm I run with my brother".
OWN_FIRM = (r"\b(?:firm|company|business|practice|studio|shop|agency|workshop|consultancy|"
             r"charity|school|clinic|lab|team|department|unit|store|restaurant|garage|depot) "
             r"(?:that |which )?(?:i|we) (?:\w+ )?(?:run|own|founded|co-founded|started|set up|"
             r"built|manage|lead|joined|work (?:for|at|in)|worked (?:for|at|in))\b")
OWN_WORK = any_of(OWN_DEEDS, OWN_PRODUCTS, _OWN_BRIEF, _OWN_PAST, OWN_FIRM)
#: An offer that is a business's, not a job: "our offer", "a vendor's offer", "its contract".
OUR_OFFER = (r"\b(?:our|their|its|the company's|(?:an?|the) (?:\w+ )?(?:vendor|supplier|client|"
             r"customer|carrier|partner|bank|insurer)'s) (?:\w+ )?(?:offers?|package|contract|"
             r"proposal|quote|bid)\b")
#: A contract or bid a business takes on, wins or runs: "if the company takes on the second
#: ferry contract" is work the writer could do, not an offer they hold.
BUSINESS_CONTRACT = (r"\b(?:their_org|you|we|they|it|(?:your|our|the|its|their) (?:\w+ )?"
                     r"(?:company|firm|team|business|group|client|division|depot|site|council|"
                     r"trust|school|studio|practice))(?: \w+ly)? (?:take|takes|took|taking|"
                     r"win|wins|won|winning|bid|bids|bidding|tender|tenders|tendered|secure|"
                     r"secures|secured|land|lands|landed|sign|signs|signed|deliver|delivers|"
                     r"delivered|run|runs|ran|hold|holds|held|renew|renews|renewed|expand|expands|"
                     r"extend|extends|extended|pick|picks|picked)(?: (?:on|up|for|over))? "
                     r"(?:the|a|an|its|their|that|this|your|our)(?: [\w-]+){0,3}? "
                     r"(?:contracts?|bids?|tenders?|proposals?|packages?)\b")
#: An explanation they already gave, named as the thing a fragment is about ("your team's
#: explanation of why the council chose a modular design"): told, not demanded.
GIVEN_EXPLANATION = (r"^\W*(?:and |also |especially )?(?:your|their|the|[\w-]+'s) (?:[\w'-]+ )?"
                     r"(?:explanation|account|reasons?|rationale|justification) (?:of|for|behind|"
                     r"as to)\b")
#: The writer praising them: a sentence that admires is not hostile.
_PRAISE = (r"\b(?:impress\w*|admire\w*|enjoy\w*|lov(?:e|ed)|lik(?:e|ed)|appreciat\w*|"
           r"inspir\w*|excit\w*|thank\w*|grateful|great|kind|kindly|welcom\w*|pleasure|"
           r"glad|delighted|well done|congratulat\w*|respect|stayed with me|stuck with me|"
           r"caught my eye|interest(?:ed|ing)|fascinat\w*|remarkable|smart|clever|elegant|"
           r"understand\w*)\b")
#: The writer judging their own earlier work ("my old approach was flawed").
_SELF_CRITIQUE = (r"(?:^|[,;:] ?|\b(?:and|but|where|that|how|why|because|since|as|though|"
                  r"although|while|when|which|what) )(?:my|our) (?:\w+ ){0,2}(?:was|were|is|are|"
                  r"had been)\b"
                  r"|\b(?:weak|weaker|poor|poorly|badly|mistakes?|errors?|gaps?|flawed|wrong)\b"
                  r"(?: \w+){0,3} (?:in|of|on|with) my\b"
                  r"|\bi (?:\w+ ){0,2}(?:made|gave|got)(?: \w+){0,3} (?:mistakes?|wrong|poor|weak)")
_THANKS = r"\b(?:thank|thanks|grateful|appreciate|appreciated)\b"
#: Owning one's mistakes is a virtue the writer praises: "their willingness to admit mistakes".
_CANDOUR = (r"\b(?:admit\w*|learn\w* from|own\w* up to|writ\w* up|shar\w*|discuss\w*|talk\w* "
            r"(?:openly )?about|open(?:ly|ness)? about|honest\w* about|candid\w* about|"
            r"willing\w*)\b")

# -- topics ------------------------------------------------------------------------------

#: What the decision is called, and the ways of saying "deciding against me".
_DECISION = any_of(
    r"decisions?", "choice", "call", "verdict", "rejection", "outcome", "result",
    "conclusion", "selection", r"judge?ments?", "assessment", "evaluation", "ranking",
    "shortlist(?:ing)?", "appointment", r"hiring(?: \w+)?", "recruitment", "recruiting",
    r"(?:rejecting|turning down|passing over|passing on|dropping|overlooking|ignoring) "
    r"(?:me|a|an|someone|somebody|candidates?|applicants?|people|my (?:application|candidacy|"
    r"cv|resume))", "turning me down",
    "passing (?:on|over) me", "passing me over",
    "letting me go", r"not (?:hiring|choosing|selecting|picking|taking|shortlisting|"
    r"appointing) me",
    r"(?:choosing|picking|hiring|selecting|going with|appointing) (?:him|her|them|someone|"
    r"somebody|another|the other|a less|an? \w+ with)",
)
#: The process and the people who ran it, on their side.
_PROCESS = any_of(
    "process", "procedure", r"interviews?", r"rounds?", "panel", "committee", "board",
    r"recruiters?", r"interviewers?", "hiring manager", "hr", "human resources", "task",
    "take-home", "test", "exercise", "case study", r"questions?", "screening", "communication",
    "treatment", "handling", "your team", "your company", "the company", "your firm",
    r"the way (?:you|this|it|i was|my \w+ was)(?: \w+){0,2}? (?:handled|treated|ran|run|"
    r"managed|dealt with|conducted)",
)
_TOPIC = any_of(_DECISION, _PROCESS)
_TOPIC_NOUN = any_of(
    r"decisions?", "choice", "call", "verdict", "rejection", "outcome", "result",
    "conclusion", "selection", r"judge?ments?", "assessment", "evaluation", "ranking",
    "shortlist", "hiring", "recruitment", "process", "procedure", r"interviews?", r"rounds?",
    "panel", "committee", r"recruiters?", r"interviewers?", r"questions?", "task", "test",
    "treatment", "handling", "communication", "screening",
)
#: Their side as the subject of a sentence.
_AGENT = any_of(
    r"you", r"your (?:\w+ ){0,2}?\w+",
    r"the (?:\w+ )?(?:panel|committee|board|recruiters?|interviewers?|hiring manager|"
    r"manager|hr team|hiring team|company|selection \w+|decision-?makers?|director)",
    "they", "nobody", "no one", "hr",
)

# -- stances: a negative judgement ---------------------------------------------------------

#: Adjectives and participles that judge a decision or a process.
_NEG_ADJ = any_of(
    "wrong", "wrong-?headed", "mistaken", "misguided", "misjudged", "ill-?judged",
    "ill-?advised", "ill-?considered", "ill-?informed", "short-?sighted", "unfair",
    "unjust", "unjustified", "unwarranted", "unreasonable", "irrational", "illogical",
    "arbitrary", "absurd", "ridiculous", "ludicrous", "laughable", "nonsensical",
    "senseless", "baffling", "bizarre", "questionable", "dubious", "careless", "hasty",
    "rash", "rushed", "premature", "foolish", "stupid", "silly", "dumb", "idiotic",
    "misinformed", "uninformed", "biased", "prejudiced", "skewed", "rigged", "stacked",
    "pre-?determined", "flawed", "faulty", "broken", "shambolic", "chaotic",
    "disorgani[sz]ed", "shoddy", "sloppy", "amateurish", "incompetent", "unprofessional",
    "disrespectful", "rude", "dismissive", "condescending", "patroni[sz]ing", "arrogant",
    "hostile", "insulting", "offensive", "outrageous", "appalling", "awful", "terrible",
    "horrible", "horrendous", "dreadful", "atrocious", "abysmal", "poor", "bad", "lousy",
    "pathetic", "shameful", "disgraceful", "scandalous", "indefensible", "inexplicable",
    "incomprehensible", "unacceptable", "inexcusable", "negligent", "superficial", "cursory",
    "box-?ticking", "tick-?box", "pointless", "useless", "worthless", "meaningless",
    "misleading", "deceptive", "dishonest", "opaque", "lazy", "half-?hearted", "botched",
    "bungled", "mishandled", "mismanaged", "backwards", "misconceived", "unfounded",
    "baseless", "blinkered", "narrow-?minded", "closed-?minded", "discriminatory",
    "unethical", "farcical", "one-?sided", "slanted", "loaded", "ageist", "sexist", "racist",
    r"(?:poorly|badly|wrongly|unfairly|hastily|carelessly|sloppily) \w+",
)
#: Nouns that judge a decision or a process ("a misjudgment", "a sham").
_NEG_NOUN = any_of(
    "mistake", "blunder", "error", r"misjudge?ment", "oversight", "joke", "farce", "sham",
    "charade", "travesty", "disgrace", "shambles", "mess", "waste", "formality", "fiasco",
    "failure", "nonsense", "misstep", "false step", "wrong turn", "bad move", "insult",
    "outrage", "scandal", "stitch-?up", "fix", "setup",
    "set-up", "done deal", "foregone conclusion", "box-?ticking exercise", "tick-?box exercise",
    "popularity contest", "lottery", "con", "wrong (?:call|choice|decision|conclusion|person|"
    "candidate|one)",
)
_NEG = any_of(_NEG_ADJ, r"(?:a |an |the )?(?:\w+ )?" + _NEG_NOUN)
_COPULA = any_of(
    "is", "was", "were", "are", "be", "been", "seems?", "seemed", "looks?", "looked",
    "feels?", "felt", "'s", "remains?", "remained", "became", "becomes", "proved", "proves",
    "appears?", "appeared", "reached", "made", "struck me as", "strikes me as",
    "came across as", "comes across as", "sounds?", "sounded", "seems like", "seemed like",
    "looks like", "looked like", "felt like", "feels like", "amounts? to", "amounted to",
)
_FILLER = any_of(
    "so", "very", "really", "quite", "simply", "just", "clearly", "obviously", "frankly",
    "totally", "completely", "utterly", "deeply", "absolutely", "extremely", "grossly",
    "rather", "highly", "plainly", "entirely", "truly", "such", "honestly", "pretty",
    "fairly", "a", "an", "the", "one", "bit", "little", "somewhat", "big", "huge", "serious",
    "grave", "costly", "massive", "real", "complete", "total", "sad", "sadly", "to me",
    "in my view", "in my opinion", "i think", "i believe", "i feel", "if you ask me",
    "nothing but", "little more than", "nothing more than", "basically", "essentially",
    "fundamentally", "plain", "downright", "thoroughly", "wholly", "seriously", "hugely",
    "incredibly", "unbelievably", "shockingly", "all too", "too", "far too", "way too",
    "most", "more", "genuinely", "certainly", "definitely", "surely", "undoubtedly",
    "arguably", "at best", "at least", "also", "both", "and", "frankly speaking",
)
_PREDICATE = rf"{_COPULA}(?:[ ,]+{_FILLER})*[ ,]+{_NEG}\b"

# -- stances: demands, pleas, comparisons, sarcasm ------------------------------------------

#: Words that say the decision went against the writer.
_AGAINST_ME = any_of(
    "against me", r"ruled? (?:me )?out", "rule me out", "lose out", "lost out",
    r"los(?:e|t|ing) (?:out )?to", r"ranked (?:\w+ )?(?:below|lower|behind|beneath)",
    "below the others", r"(?:not|wasn't|was not|weren't|isn't) (?:\w+ )?(?:good|strong|"
    r"qualified|experienced|suitable|right) enough", r"reject\w*", r"turn\w* (?:me )?down",
    r"pass\w* (?:me )?over", r"pass\w* on me", r"fail(?:ed)? to (?:meet|make|match|impress|"
    r"convince|satisfy|reach)", r"disqualif\w*", "unsuccessful",
    r"(?:not|wasn't|weren't|never) (?:\w+ )?(?:selected|chosen|picked|hired|shortlisted|"
    r"invited|considered|successful|offered)",
    r"(?:didn't|did not|don't|do not) (?:\w+ )?(?:get|make|pass|win|land|choose|pick|select|"
    r"hire|want|shortlist|invite|offer)", "someone else", "somebody else",
    r"another (?:candidate|applicant|person|finalist)", "the others",
    r"decided? (?:against|on someone|to go)", "decision",
    r"(?:chose|choose|choosing|picked|pick|hired|hire|selected|select|went with|go with|"
    r"prefer\w*) (?:\w+ )?(?:over|instead|rather|him|her|them|someone|somebody|another|"
    r"the other)", "cost me", "missed out", r"put (?:you|them|the \w+) off", "put off",
    r"(?:hold|held|count\w*) against", "wrong with", "was missing", r"what (?:went|was) wrong",
    r"(?:made|make) (?:you|the \w+) (?:\w+ )?(?:decide|choose|go|hesitate|doubt|pass|reject|"
    r"turn|hold back|think)", "tipped the balance", r"los(?:e|t) (?:\w+ )?points",
    r"marked (?:me )?down", r"(?:went|go) wrong", "what happened",
    r"(?:another|other|a different) (?:way|direction|route)", "went nowhere",
)
_ME_THEN_QUESTION = r"\b(?:i|me|my|mine|i'm|i'd|i've|myself|you)\b[^?]*\?"
_REASON_NOUN = any_of(
    r"reasons?", "reasoning", "rationale", "explanation", "justification",
    r"(?:full |proper |honest |clear |detailed )?account", "grounds", "basis", "logic",
    "thinking behind", "why", r"answers?",
)
_DEMAND = any_of(
    r"i (?:\w+ ){0,2}?(?:need|want|would like|have a right|deserve|am owed|am entitled|"
    r"expect|demand|require|insist)", "i'd like", "i'd want", "i'd need", "i'm entitled",
    "give me", "tell me",
    "send me", "provide me with", "show me", "owe me", "you owe", "i'm owed", "i am owed",
)
_ABOUT_THE_DECISION = any_of(
    "decision", "outcome", "rejection", "verdict", "i was", "i wasn't", "i didn't",
    "i did not", "i am not", "i'm not", r"my (?:application|candidacy|interview\w*|profile)",
    r"turned (?:me )?down", "rejected", r"not (?:selected|chosen|hired|successful)",
    "someone else", "somebody else", r"another (?:candidate|applicant)",
    r"the other (?:candidate|applicant)", r"(?:the|this|that|your) choice", "choosing",
    "against me", "over me", "instead of me", "lost out", "lose out", "me last", "ranking me",
    "ranked me", "form letter",
)
_REQUEST = any_of(
    "please", "kindly", "could you", "would you", "can you", "will you",
    "would it be possible", "tell me", "let me know", "send me", "give me", "show me",
    "share", "point out", "list", "explain", "walk me through", "spell out", "i'd like",
    "i would like", "i'd love", "i would love", "i want", "i'd welcome", "i would welcome",
    "i'd appreciate", "i would appreciate", "would appreciate", "i'd be grateful",
    "i would be grateful", "i'd value", "i would value", "i need", "any chance",
    "would you mind", "telling me", "mind sharing", r"i'd find it (?:\w+ )?(?:useful|helpful)",
    r"it would help (?:me )?to", "write back with", "get back to me with",
)
_CRITIQUE = any_of(
    r"gaps?", r"weak\w*", r"short(?:coming)?s", r"f[ae]ll short", "falls short", "missing",
    "lacking", "lacked", "wrong", r"mistakes?", r"errors?", r"evaluations?", "breakdown",
    r"assessments?", "critique", "notes", "feedback", "pointers", "comments",
    r"scor(?:es|ing)", r"ratings?", r"(?:could|should|can|might|need to|must|have to|ought to)"
    r" (?:\w+ )?(?:improve|work on|do better|strengthen|change|develop|have done)",
    "to improve", r"areas? (?:i|to|for|where|of|that)", "improvements?", "went badly",
    "cost me", "counted against", "held against", "poor", "bad", "worst", "weakest",
    r"(?:rate|grade|score|mark|rank) (?:my|me)", "let me down", r"score ?cards?",
    r"score sheets?", r"marks", r"(?:could|should|might) be (?:improved|better|stronger)",
    r"(?:could|should|might) have (?:\w+ ){0,4}?(?:better|differently|done)", r"reasons?",
    r"(?:did not|didn't) go (?:\w+ )?well",
)
_MY_PERFORMANCE = (
    r"\bmy (?:\w+ )?(?:answers?|interview\w*|presentation|performance|case study|task|test|"
    r"assignment|application|candidacy|cv|resume|profile|portfolio|responses?|approach|"
    r"skills|submission|pitch|exercise|work|session)\b|\bi (?:was|were|am|did|could|should|"
    r"need|might|must|fell|lacked|missed|went|have to|ought|got|made|lost)\b|\bme\b|"
    r"\b(?:the|my) (?:interview|panel|assessment|presentation|test)\b"
)
#: The person hired, named however the writer names them.
HIRED = any_of(
    r"who(?:m)?ever (?:you|they|the \w+) (?:\w+ ){0,2}?(?:hired|chose|picked|selected|went with|"
    r"took|appointed|offered|preferred|brought on(?: board)?|brought in|settled on|took on|"
    r"ended up with|decided on)",
    r"whoever (?:got|gets|landed|won|took|has|received) (?:the|this|that) (?:job|role|"
    r"position|offer|post)",
    r"(?:the|your|that|this) (?:\w+ )?(?:person|candidate|applicant|finalist|one|hire|"
    r"individual|newcomer|recruit|man|woman|guy) (?:that |who |whom )?(?:you|they|the \w+) "
    r"(?:\w+ )?(?:hired|chose|picked|selected|went with|preferred|appointed|settled on|"
    r"brought on|brought in|took on|offered it to|favou?red|ended up with|decided on)",
    r"the (?:other|successful|chosen|selected|winning|lucky|preferred|final|appointed) "
    r"(?:\w+ )?(?:candidate|applicant|person|hire|one|guy|finalist|appointee)",
    r"your (?:new|chosen|latest|preferred) (?:\w+ )?(?:hire|candidate|analyst|employee|"
    r"recruit|planner|manager|engineer|colleague|team member|person|choice|pick)",
    r"(?:him|her|them) over me", r"the person who got (?:the|this|that)",
    r"your (?:final )?(?:pick|choice)", "someone else",
    "somebody else",
)
_COMPARED = any_of(
    r"half (?:of )?(?:what|my|the)", r"(?:twice|double|triple|three times|ten times) (?:the|"
    r"my|as)", r"lacks?", "lacking", r"(?:will|would) struggle", r"struggles?",
    r"can(?:'t|not) cope", r"(?:is not|isn't|won't be|will not be) up to",
    r"out(?:shine|shines|class|classes|perform|performs|do|does|pace|rank|ranks)",
    "hold a candle", r"but i (?:deliver|perform|get|actually|really|do)",
    r"my (?:results|record|track record|experience|skills|depth|level|expertise|background|"
    r"credentials|qualifications|years)",
    r"never (?:\w+ )?(?:built|run|ran|done|managed|led|worked|delivered|had|handled)",
    r"(?:less|fewer|weaker|worse|poorer|thinner)", r"as (?:prepared|qualified|experienced|"
    r"good|strong|capable|skilled) as (?:i|me)", "than (?:me|i|mine|my)", "nowhere near",
    r"no match for", r"(?:more|better|far more|far better|much more|much better|way more) "
    r"(?:qualified|experienced|capable|skilled|suited|competent|talented|prepared)",
    r"(?:cannot|can't|could not|couldn't|won't|will not|will never|would never|never|doesn't|"
    r"does not|don't|do not|didn't|did not|isn't|is not)(?: \w+){0,2}? (?:match|compete|"
    r"compare|come close|measure up|equal|have my|bring my|offer what|do what)",
    r"i (?:doubt|bet)", r"but i(?:'m| am)", r"like i (?:have|did|do|can|could)",
    r"may be \w+,? but", "matters more", r"more (?:\w+ ){1,2}?than",
    r"than (?:whoever|the person|the other|your new|the successful|the one)",
    r"what i(?: \w+){0,2} (?:bring|brought|offer|offered|do|did|done|"
    r"deliver|delivered)\b",
)

# -- the frames ----------------------------------------------------------------------------

#: Judgement words that, in a sentence about the decision or their side, argue or blame.
_JUDGING = any_of(
    "wrongly", "wrong-?headed", r"wrong (?:candidate|person|choice|call|decision|one|"
    r"conclusion|horse|move|pick|way)", r"(?:are|were|was|is|got (?:it|this|that)) wrong",
    "mistaken", "misguided", "misjudged",
    r"misjudge?ments?", "ill-?judged", "ill-?advised", "ill-?considered", "short-?sighted",
    "unfair", "unfairly", "unjust", "unjustly", "unjustified", "unwarranted",
    "unreasonable", "arbitrary", "arbitrarily", "absurd", "ridiculous", "ludicrous",
    "laughable", "biased", "prejudiced", "skewed", "rigged", "careless", "carelessly",
    "hasty", "hastily", "rash", "incompetent", "unprofessional", "rude", "rudely",
    "dismissive", "disrespectful", "arrogant", "condescending", "insulting", "outrageous",
    "badly", "poorly", "weak", "lazy", "sloppy", "shoddy", "pathetic", "disgrace\\w*",
    "shameful", "farce", "sham", "blunder", "misstep", "false step", "unwise", "imprudent",
    r"not (?:a |the |very |particularly )?(?:wise|smart|sensible|sound|fair|right|good|clever) "
    r"(?:move|call|choice|decision|judge?ment|idea)", r"mistakes?", "oversight",
    "blindly",
    "superficial", "superficially", "cursory", "flawed", "foolish", "foolishly",
    "stupid", "naive", "naively", "misread", "misjudge", "backwards", "bizarre",
    "questionable", "dubious", "unacceptable", "inexcusable", "indefensible",
    "does not stand up", "doesn't stand up", "wrong horse", "anything but",
    r"poor (?:move|call|choice|decision|judge?ment|show|pick)",
)
_THEIR_SIDE = (
    r"\b(?:you|your|yours|the (?:panel|committee|board|recruiters?|interviewers?|hiring "
    r"(?:manager|team)|company|firm|hr team|decision-?makers?)|decision|choice|call|verdict|"
    r"rejection|outcome|process|procedure|interviews?|selection|shortlist\w*|hiring|"
    r"recruitment|criteria|reasoning|judge?ment|passing (?:on|over) me|rejecting me|letting "
    r"me (?:go|slip)|losing me|rejecting|turning down|passing over|passing on|not (?:hiring|"
    r"choosing|selecting|picking))\b"
)

STRONG: tuple[Signal, ...] = (
    Signal("arguing", r"\b(?:chose|choose|choosing|picked|prefer\w*|went for|favou?r\w*|valued|"
                      r"reward\w*) (?:\w+ ){0,3}?over (?:substance|experience|results|competence|"
                      r"ability|skills?|merit|track record|depth|quality|me)\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:a (?:real )?shame|a pity|too bad|unfortunate) (?:that )?(?:you|your "
                      r"\w+|the \w+|they) (?:\w+ )?(?:couldn't|could not|didn't|did not|failed|"
                      r"wouldn't|won't|weren't|can't|cannot)\b", unless=OWN_WORK),
    Signal("reasons", r"\bwhy\b[^.!]{0,80}\b(?:chosen|hired|picked|selected|preferred|appointed|"
                      r"offered the|rejected|turned down|passed over)\b[^.!]*\?", unless=OWN_WORK),
    Signal("reasons", r"\b(?:explanation|reasons?|justification|rationale) (?:of|for|behind|as to) "
                      r"(?:why|the decision|your decision|my rejection|the rejection|the outcome|"
                      r"not|rejecting|turning|choosing|passing)\b",
           unless=any_of(OWN_WORK, r"\bthank", GIVEN_EXPLANATION)),
    Signal("bitterness", r"\b(?:you|your \w+|you've|you have)\b (?:\w+ ){0,2}?(?:lost|missed out "
                         r"on|let go of|passed up|let slip|turned away) (?:a|an|the|your) (?:\w+ )"
                         r"{0,2}?(?:employee|candidate|hire|asset|talent|opportunity|person|"
                         r"worker|planner|one|colleague)\b", unless=OWN_WORK),
    Signal("anger", r"\b(?:infuriat|enrag|incens|anger|madden|outrag|disgust|appal|insult|"
                    r"offend|sicken)\w* me\b"),
    Signal("blame", r"\b(?:false|wrong|misleading|incorrect|inaccurate|contradictory|conflicting|"
                    r"out-?of-?date) (?:\w+ )?(?:information|info|details|dates?|times?|"
                    r"instructions|advice|expectations|promises|impression|picture)\b",
           also=rf"\b{_AGENT}\b|\b(?:gave me|given|told|sent me)\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:too (?:quickly|soon|early|hastily|fast)|prematurely|in a hurry|in "
                      r"haste)\b", also=rf"\b{_TOPIC}\b|\b(?:you|they|reject\w*|decid\w*)\b",
           unless=any_of(OWN_WORK, _PRAISE)),
    Signal("arguing", r"\bshould have (?:\w+ )?(?:counted|mattered|weighed|carried|been enough|"
                      r"been considered|been given|been chosen|got|gotten|made the difference|"
                      r"tipped)\b|\byou should (?:know|understand|realise|realize|be aware)\b",
           unless=any_of(OWN_DEEDS, r"\bi should have\b")),
    Signal("arguing", r"\b(?:odd|strange|curious|surprising|puzzling|bewildering|baffling|a "
                      r"(?:real )?shame|a pity|short-?sighted|hard to believe|difficult to "
                      r"understand) (?:\w+ ){0,3}?(?:to|that) (?:\w+ ){0,3}?(?:reject|turn|pass|"
                      r"overlook|choose|chose|pick|hire|hired|go with|went with|lose|let|ignore|"
                      r"dismiss|drop|prefer)\w*\b", unless=any_of(OWN_WORK, _PRAISE)),
    Signal("reasons", rf"\b{HIRED}\b", also=_ME_THEN_QUESTION),
    Signal("reasons", r"\b(?:wonder(?:ing)?|puzzled|at a loss|mystified|curious) (?:as to )?"
                      r"(?:why|what|how)\b", also=rf"\b{_ABOUT_THE_DECISION}\b|\bi\b|\bmy\b",
           unless=any_of(OWN_WORK, _PRAISE)),
    Signal("reasons", r"\b(?:how|can you|could you|will you) (?:\w+ )?justify\b|\b(?:the )?"
                      r"(?:real|true|actual|honest|proper) reasons?\b", unless=OWN_WORK),
    Signal("comparison", r"\b(?:\w+er|more \w+|better) (?:\w+ ){0,2}?than (?:anyone|anybody|any "
                         r"other|the rest|the others|everyone|all the other|every other)\b",
           also=r"\b(?:i|me|my)\b", unless=OWN_WORK),
    Signal("concession", r"\b(?:trim|shave|sharpen|adjust|bring down|lower|cut|drop|reduce) "
                         r"(?:\w+ )?(?:my|our) (?:\w+ )?(?:rate|price|fee|salary|pay|day rate|"
                         r"expectations)\b|\bwithout (?:any )?(?:pay|salary|payment|wages)\b",
           unless=OWN_DEEDS),
    Signal("other-offers", r"\binterest from (?:\w+ ){0,3}?(?:competitors|companies|firms|"
                           r"employers|recruiters|headhunters|rivals)\b"),
    Signal("for-your-sake", r"\bhate for (?:you|your \w+|the company|the team) to\b"),
    Signal("expected-better", r"\b(?:isn't|is not|wasn't|was not|not|below|short of) (?:\w+ )"
                              r"{0,2}?(?:level|standard|kind|quality|degree|sort) of (?:\w+ )"
                              r"{0,2}?i (?:\w+ )?(?:expected|anticipated)\b"),
    Signal("bitterness", any_of(
        r"i(?:'ll| will) be watching", r"^noted\b", r"i(?:'ll| will) remember (?:this|it|that)",
        "funny how", r"(?:always|never) (?:wins|gets the job|gets it)",
        r"(?:isn't|is not|aren't|are not|no longer) (?:\w+ )?(?:fashionable|in fashion|valued|"
        r"wanted)", r"(?:take|taking|took) (?:it|this) personally",
        r"regret (?:this|passing|losing|not (?:choosing|hiring|picking|taking))",
    ), unless=any_of(OWN_WORK, r"\b(?:not|n't|never) (?:\w+ )?(?:take|taking|took) (?:it|this) "
                             r"personally\b")),
    Signal("closing-door", r"\bcross(?:ing|ed)? (?:\w+ ){0,3}?off (?:my|the) list\b|\bwithdraw\w* "
                           r"(?:\w+ ){0,3}?from (?:any|all|future|further|your)\b|\b(?:company|"
                           r"firm|you|their_org|your \w+|this place) (?:isn't|is not|are not|"
                           r"aren't) (?:\w+ )?for me\b"),
    Signal("pleading", any_of(
        r"(?:don't|do not) give up on me", r"bills (?:are )?piling up", "best shot",
        r"whatever (?:you|it) (?:ask|asks|takes|want|need)",
        r"(?:\d+|dozens? of|hundreds? of|ninety|eighty|fifty|forty|sixty|seventy|a hundred) "
        r"(?:\w+ )?(?:applications|rejections)", "only interview",
        r"months? (?:of )?(?:searching|looking|unemployment|without work)",
    ), unless=OWN_DEEDS),
    Signal("mild", r"\b(?:sting|stings|stung|stinging)\b|\bhard not to\b",
           unless=OWN_WORK, mild=True),
    Signal("blame", r"\b(?:promised|said|told me|assured me)\b[^.?!]{0,40}\b(?:never (?:came|"
                    r"arrived|happened|did)|then (?:disappeared|vanished|went (?:silent|quiet))|"
                    r"and then nothing)\b|\b(?:advert|ad|advertisement|posting|job (?:description|"
                    r"spec|ad|advert)|listing)\b (?:\w+ ){0,2}?(?:never|didn't|did not|doesn't|"
                    r"does not) (?:mention|say|list|include)\w*\b|\bnot (?:in|on|part of) the "
                    r"(?:advert|job description|posting|job spec)\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:you|your (?:\w+ ){0,2}?\w+|they|the (?:\w+ ){0,2}?\w+|someone|"
                      r"anyone|nobody|an?y? \w+)\b (?:[\w']+ ){0,3}?(?:should|could|ought to|"
                      r"would) have (?:\w+ )?(?:seen|known|realised|realized|recogni[sz]ed|"
                      r"noticed|spotted|picked|chosen|hired|given|read|looked|asked|listened|"
                      r"checked|valued|weighed|considered|understood|put me|ranked me|taken me)\b",
           unless=any_of(OWN_WORK, r"\bi (?:\w+ )?(?:should|could) have\b")),
    Signal("blame", r"\b(?:nobody|no one|none of (?:you|them|the \w+))\b (?:\w+ ){0,3}?(?:read|"
                    r"told|looked|asked|listened|explained|mentioned|called|replied|bothered|"
                    r"cared|warned|informed|returned|answered)\b", unless=OWN_WORK),
    Signal("blame", r"\b(?:impossible to (?:finish|complete|do|answer|prepare|solve)|unrealistic "
                    r"(?:\w+ )?(?:deadline|timeline|timeframe|expectations|task|test|brief)|in the "
                    r"time (?:allowed|given|available)|given (?:the )?wrong (?:date|time|address|"
                    r"information|details|brief|instructions|link|room)|cost me (?:the|this|"
                    r"that) (?:job|role|position|offer))\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:hard|difficult|impossible) to (?:accept|believe|understand|see) "
                      r"(?:that|how|why)\b",
           also=r"\b(?:anyone|someone|somebody|you|your|decision|they|the panel|chose|picked|"
                r"hired|outscored|better|over me|instead of me)\b",
           unless=any_of(OWN_DEEDS, _PRAISE)),
    Signal("arguing", r"\bnot (?:a )?(?:fair|true|accurate|real) (?:reflection|picture|measure|"
                      r"test|representation)\b|\bspeaks? (?:louder|for (?:itself|themselves))\b",
           also=rf"\b{_TOPIC}\b|\b(?:this|that|it|my (?:results|record|work))\b",
           unless=any_of(OWN_DEEDS, _PRAISE)),
    Signal("arguing", rf"\b{_JUDGING}\b", also=_THEIR_SIDE,
           unless=any_of(OWN_WORK, _SELF_CRITIQUE, _PRAISE, _CANDOUR)),
    Signal("arguing", r"\b(?:no|any) (?:sensible|reasonable|fair|competent|serious|rational|good"
                      r"|careful|objective|honest) (?:\w+ ){0,4}?(?:would|could|will)\b"
                      r"|\bwould have (?:put|ranked|placed|rated) me (?:first|higher|ahead|on top|"
                      r"above)\b", unless=OWN_WORK),
    Signal("blame", rf"\b{_AGENT}\b[^.?!]{{0,40}}\b(?:not|never|n't|barely|hardly)\b[^.?!]{{0,30}}"
                    r"\b(?:properly|fairly|carefully|seriously|closely|objectively|fully|"
                    r"thoroughly|at all|even once|looked up|paid attention|listened)\b",
           unless=any_of(OWN_WORK, _PRAISE)),
    Signal("blame", r"\bkept (?:changing|moving|shifting|cancell?ing|rescheduling|postponing|"
                    r"delaying|ignoring|interrupting|contradicting)\b|\bgoal ?posts\b|\bnever "
                    r"(?:\w+ )?(?:given|got|had|offered) (?:a|any) (?:fair|real|proper|genuine) "
                    r"(?:chance|shot|hearing|opportunity)\b|\balready (?:made|decided|picked|"
                    r"chosen|settled on) (?:\w+ )?(?:choice|mind|minds|decision|candidate|"
                    r"favourite|favorite)\b|\bin favou?r of (?:an? |the )?(?:internal|inside|"
                    r"insider|preferred|favoured|favored)\b", unless=OWN_WORK),
    # arguing with the decision, or blaming the process: a topic judged negatively
    Signal("arguing", rf"\b{_DECISION}\b(?:[ ,]+[\w'-]+){{0,6}}?[ ,]+{_PREDICATE}",
           unless=any_of(OWN_WORK, _SELF_CRITIQUE)),
    Signal("blame", rf"\b{_PROCESS}\b(?:[ ,]+[\w'-]+){{0,6}}?[ ,]+{_PREDICATE}",
           unless=any_of(OWN_WORK, _SELF_CRITIQUE)),
    Signal("blame", rf"\byou (?:were|are|have been|'ve been|seemed|came across as|acted)"
                    rf"(?:[ ,]+{_FILLER})*[ ,]+{_NEG}\b", unless=OWN_WORK),
    Signal("arguing", rf"\b{_NEG_ADJ} (?:[\w'-]+ ){{0,2}}?{_TOPIC_NOUN}\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:makes?|made) (?:little|no|zero|any) sense\b|\b(?:doesn't|does not|"
                      r"didn't|did not) add up\b|\bbeyond me\b|\b(?:does not|doesn't|did not|"
                      r"didn't|fails? to|failed to) (?:reflect|do justice)\b",
           also=rf"\b{_TOPIC}\b|\b(?:this|that|it)\b", unless=OWN_WORK),
    Signal("arguing", r"\b(?:would|might|could) (?:well )?have (?:been |gone |turned out )?"
                      r"(?:different\w*|otherwise|another way|my way)\b|\b(?:would|might|could) "
                      r"have (?:chosen|hired|picked|selected|offered) me\b|\b(?:if you had|had "
                      r"you|if the \w+ had|had the \w+)(?: \w+){0,4}? (?:properly|carefully|"
                      r"actually|really|fully|closely|bothered|looked|listened|read)\b",
           unless=OWN_WORK),
    Signal("arguing", r"\bi (?:\w+ )?(?:can(?:no|')t|do not|don't|fail to|struggle to) (?:see|"
                      r"understand|fathom|comprehend|follow|grasp) (?:how|why)\b",
           also=rf"\b{_TOPIC}\b|\b(?:you|this|that|it|anyone)\b", unless=OWN_WORK),
    Signal("arguing", rf"\b{_AGENT}\b(?: [\w']+){{0,3}}? (?:underestimated|underrated|"
                      r"undervalued|misjudged|misread|misunderstood|overlooked|disregarded|"
                      r"discounted|passed up|passed on|missed (?:the value|the point|what|my|"
                      r"how)|undersold|underplayed|short-?changed|sold me short|"
                      r"wrote me off|written me off|missed the mark|got (?:it|this|"
                      r"that|me)(?: one)? (?:wrong|backwards|upside down)|(?:made|make|making) "
                      r"(?:a|an|the) (?:\w+ ){0,2}?(?:mistake|blunder|error|misjudge?ment))\b",
           unless=OWN_WORK),
    Signal("arguing", r"\bi (?:\w+ ){0,3}?(?:was|am|'m|would have been)(?: \w+){0,2}? the "
                      r"(?:best|better|stronger|superior|right|strongest|ideal|perfect|obvious|"
                      r"natural|clear|only real|"
                      r"only serious|most (?:qualified|experienced|suitable|capable)) (?:\w+ )?"
                      r"(?:person|candidate|applicant|fit|choice|match|one|hire)\b",
           also=r"\b(?:job|role|position|post|this|you|interviewed|for it|candidate|applicant|"
                r"measure|field|shortlist|interviews?|round)\b",
           unless=r"\bto (?:lead|run|build|fix|take|handle|manage)\b"),
    # blame: their side did something to the writer
    Signal("blame", rf"\b{_AGENT}\b(?: [\w']+){{0,3}}? (?:lied|lie|misled|mislead\w*|"
                    r"misrepresented|deceived|ghosted|strung me along|led me on|wasted|"
                    r"disrespected|insulted|humiliated|belittled|patroni[sz]ed|talked down|"
                    r"spoke down|interrupted|ignored|dismissed|brushed (?:me|aside|off)|"
                    r"sidelined|treated me|kept me (?:waiting|in the dark|hanging)|left me "
                    r"(?:hanging|waiting|in the dark)|messed (?:me )?(?:up|around)|jerked "
                    r"(?:me )?around|fobbed (?:me )?off|cut me off|rushed (?:me|through)|"
                    r"lost my|misplaced my|mixed up my|forgot (?:about )?(?:me|my)|disappeared|"
                    r"vanished|went (?:silent|quiet|dark)|(?:had|have|picked) a (?:clear )?"
                    r"favou?rite|spent (?:\w+ ){0,3}on (?:their|his|her) (?:phones?|laptops?|"
                    r"emails?)|refused to|failed to (?:read|listen|reply|respond|consider|"
                    r"notice|see|"
                    r"recogni[sz]e|understand|appreciate|give|ask|prepare|answer|call))\b",
           unless=any_of(OWN_WORK, r"\b(?:never|not|n't|no)\b (?:once |even |ever )?(?:\w+ )?"
                                 r"(?:interrupted|rushed|ignored|dismissed|wasted|treated|"
                                 r"kept|left|cut)\b", _PRAISE)),
    Signal("blame", rf"\b(?:{_AGENT}|nobody|no one|none of (?:you|them|the \w+))\b"
                    r"(?: [\w']+){0,3}? (?:never|didn't|did not|couldn't|could not|wouldn't|"
                    r"would not|barely|hardly|even once)? ?(?:bothered|cared|took the time)\b|"
                    rf"\b{_AGENT}\b(?: [\w']+){{0,2}}? (?:never|didn't|did not|barely|hardly|"
                    r"couldn't be bothered to|did not bother to|didn't bother to) (?:even |once |"
                    r"actually )?(?:replied|reply|called|call|responded|respond|answered|"
                    r"answer|returned|"
                    r"got back|get back|followed up|follow up|read|listened|listen|looked|look|"
                    r"asked|ask|acknowledged|acknowledge|wrote|write)\b", unless=OWN_WORK),
    Signal("blame", r"\bi (?:was|felt|have been|'ve been|had been|got|feel|am being|was being)"
                    r"(?: \w+)? (?:ghosted|misled|lied to|strung along|led on|disrespected|"
                    r"belittled|patroni[sz]ed|humiliated|blindsided|kept in the dark|left "
                    r"hanging|left in the dark|sidelined|brushed off|fobbed off|messed around|"
                    r"jerked around|treated (?:badly|poorly|unfairly|like|with contempt|with "
                    r"disrespect|as)|talked down to|set up to fail|cheated|deceived|tricked|"
                    r"wronged|used|exploited|dismissed|ignored|overlooked|underestimated|"
                    r"undervalued|passed over)\b", unless=OWN_WORK),
    Signal("blame", r"\b(?:already|obviously|clearly|always|long since) (?:been )?(?:filled|"
                    r"decided|promised|taken|earmarked|given away|spoken for|settled)\b|\b(?:"
                    r"filled|decided|promised|earmarked|given away|settled) (?:\w+ )?(?:in "
                    r"advance|long before|before i|from the start|beforehand|before the)\b|"
                    r"\bdone deal\b|\bforegone conclusion\b|\bgoing through the motions\b|"
                    r"\bfor show\b|\blip service\b|\bbox-?ticking\b|\btick-?box\b",
           unless=OWN_WORK),
    Signal("blame", r"\b(?:had|has|have) (?:little|nothing|anything) (?:at all )?to do with "
                    r"(?:the )?(?:actual |real |advertised )?(?:job|role|work|position)\b",
           unless=OWN_WORK),
    Signal("blame", r"\bwast(?:ed|ing|e) (?:\w+ ){0,3}?(?:my|our|everyone's) (?:\w+ )?(?:time|"
                    r"effort|energy|evenings?|weekends?|days|weeks|months)\b", unless=OWN_WORK),
    # asking them to revisit
    Signal("revisit", any_of(
        r"re-?consider\w*", r"revisit\w*", r"re-?think\w*", r"re-?evaluat\w*", r"re-?assess\w*",
        r"revers(?:e|ed|ing|al)", r"overturn\w*", r"re-?open\w*", r"re-?examin\w*",
        r"revis(?:e|ed|ing)", r"re-?run", r"re-?do", "second look", "another look",
        "fresh look", "another thought", r"second thoughts?", r"think (?:it|this|that) over",
        "think again", "look again", "change of heart", r"change (?:course|tack|direction)",
        r"(?:change|alter|amend) (?:the|your|this|that) (?:decision|mind|verdict|outcome|"
        r"choice|call)", r"change your minds?", r"(?:be|get) (?:changed|reversed|overturned|"
        r"undone)", "undo", r"put (?:me|my name|my application|my cv) back",
        r"back (?:on|onto|into|in) (?:the )?(?:shortlist|consideration|running|process|pool|"
        r"contention|race)", r"(?:meet|see|interview|hear from|talk to|speak (?:to|with)|talk"
        r" with) (?:me|with me) (?:one more time|once more|again) before",
        r"before (?:deciding|you decide|making) (?:for good|finally|a final)",
        r"(?:look|looking|read|consider|review|judge|assess|see) (?:\w+ ){0,3}?(?:afresh|anew)",
        r"close (?:the|my) (?:file|door|book) on me", r"still (?:a|any) (?:chance|way|"
        r"possibility|hope|room) (?:for me|to)",
        r"door (?:is(?:n't| not)|isn't|was(?:n't| not)) (?:\w+ )?(?:shut|closed)",
        r"still (?:be )?in (?:the running|contention|the race|the frame)",
        r"(?:be|get) (?:adjusted|amended|altered|revised|revisited|reconsidered|reviewed|"
        r"re-?examined|reopened|changed|looked at again)",
        "where things landed", r"appeal(?:ing)? (?:the|your|this|that|against)",
        r"come (?:straight |right )?back to me", r"(?:hold off|wait) (?:on|with) (?:a|the|your) "
        r"(?:final )?decision", r"in case you change", r"keep my (?:application|cv|candidacy) "
        r"(?:live|open|active|alive) in case",
        r"(?:look|go|read) over (?:\w+ ){0,3}?again",
    ), also=any_of(
        r"\b(?:decision|choice|outcome|verdict|application|candidacy|candidature|rejection|"
        r"result|file|cv|resume|shortlist|search|final round|consideration|this|it|that|me|"
        r"my name|mind)\b",
        r"\b(?:would|could|will|can|might) (?:you|the|your)\b", r"\bplease\b",
        r"\bi (?:hope|ask|wish)\b", r"\bi'd ask\b", r"\bif there\b", r"\bany (?:chance|way)\b",
        r"\btoo late\b", r"\bwilling\b", r"\bmaybe\b", r"\bperhaps\b", r"\?", r"\bif you\b",
        r"\bgrateful\b", r"\bcase\b",
    ), unless=OWN_WORK),
    # demanding reasons: a question about the decision against the writer, or a demand
    Signal("reasons", rf"\b{_AGAINST_ME}\b", also=_ME_THEN_QUESTION, unless=OWN_WORK),
    Signal("reasons", rf"\b(?:understand|know|learn|hear|see|find out) (?:\w+ ){{0,2}}?(?:what|why|"
                      rf"how|where) (?:\w+ ){{0,4}}?{_AGAINST_ME}\b",
           unless=any_of(OWN_WORK, _THANKS,
                       r"\b(?:can|could) (?:\w+ )?(?:see|understand|imagine)\b")),
    Signal("reasons", r"\b(?:(?:i|i'm|i am) (?:\w+ )?(?:owed|entitled to|deserve)|(?:you )?owe "
                      r"me)\b[^.?!]{0,20}"
                      r"\b(?:explanation|reasons?|answers?|justification|account)\b"),
    Signal("reasons", rf"\b{_DEMAND}\b[^.?!]{{0,40}}\b{_REASON_NOUN}\b",
           also=rf"\b{_ABOUT_THE_DECISION}\b", unless=any_of(OWN_WORK, _THANKS)),
    Signal("reasons", r"\b(?:justify|explain|account for|defend)\b",
           also=rf"\b{_ABOUT_THE_DECISION}\b", unless=any_of(OWN_WORK, _THANKS)),
    # comparing the writer with the person hired
    Signal("comparison", r"\b(?:weaker|lesser|less (?:\w+ )?(?:experienced|qualified|capable|"
                         r"skilled|proven)|cheaper|inferior|worse|greener) (?:\w+ )?(?:candidate|"
                         r"applicant|person|hire|pick|choice|option|analyst|finalist|one)\b",
           unless=OWN_WORK),
    Signal("comparison", rf"\b{HIRED}\b", also=rf"\b{_COMPARED}\b"),
    # concessions
    Signal("concession", any_of(
        r"(?:less|lower|reduced|smaller|no|without(?: a| any)?|minimal|below-?market) "
        r"(?:\w+ )?(?:money|pay|salary|wages?|rate|compensation|package|bonus|title|benefits|"
        r"grade|level|"
        r"band|rank|seniority)",
        r"trial basis", r"on (?:a )?trial", r"unpaid (?:trial|intern\w*|basis|work|placement|"
        r"role|position|period|start|at first|initially)", r"no (?:extra |additional )?cost",
        "free of charge", r"waiv(?:e|ing)", r"forgo\w*", r"give up (?:my|the|any) (?:\w+ )?"
        r"(?:bonus|salary|holiday|benefits|title|pay|raise)", r"more junior (?:title|role|"
        r"position|job|level|grade)", r"any (?:terms|salary|conditions|pay|rate)",
        r"whatever (?:\w+ ){0,3}?(?:pay|pays|offer|salary|terms|rate)",
        r"below the (?:\w+ )?(?:range|salary|rate|band)", r"(?:salary|pay) expectations are "
        r"(?:very )?(?:flexible|negotiable)", "take a step down", "a demotion", "work for less",
        r"(?:do|take|work|start|join) (?:\w+ ){0,3}?for (?:less|a (?:lower|smaller|reduced))",
        r"come down (?:on|in) (?:\w+ )?(?:salary|pay|price|rate|fee)",
        r"(?:start|begin|join|come in|work) (?:as|at) (?:an? )?(?:intern|trainee|junior|volunteer|"
        r"temp|apprentice)",
        r"(?:lower|drop|cut|reduce|halve) my (?:\w+ )?(?:salary|rate|pay|price|fee|"
        r"expectations|asking)",
    ), also=r"\b(?:i'd|i would|i could|i can|i'm|i am|i will|i'll|happy|willing|prepared|"
            r"ready|glad|open|even|if|accept|take|consider|fine|prove)\b", unless=OWN_WORK),
    # other offers turned down
    Signal("other-offers", rf"\b(?:i|we)(?: [\w']+){{0,2}}? {TURNED_DOWN}\b",
           also=r"\b(?:offers?|companies|firms|employers|recruiters?|headhunters?|"
                r"opportunit\w+|roles?|positions?|jobs?|interviews?|competitors?)\b",
           unless=any_of(OWN_PRODUCTS, OUR_OFFER)),
    Signal("other-offers", r"\b(?:several|other|two|three|four|multiple|many|some) (?:other )?"
                           r"(?:firms|companies|employers|organi[sz]ations)\b[^.?!]{0,30}\b"
                           r"(?:made me|offered|interested|approached|calling|courting|"
                           r"chasing)\b|\bmade me (?:\w+ )?offers?\b|\bi (?:have|'ve|had) "
                           r"(?:\w+ )?(?:other|several|two|three|competing|multiple|more) "
                           r"(?:\w+ )?offers?\b|\b(?:won't|will not) be short of (?:options|"
                           r"offers)\b|\bplenty of (?:other )?(?:options|offers)\b|\b(?:another|"
                           r"other|a rival|a competing|one) (?:\w+ )?(?:company|companies|firm|"
                           r"firms|employer|employers|organi[sz]ation|competitor)\b[^.?!]{0,30}"
                           r"\b(?:offered|made me|wants? me|interested in me|approached)\b"),
    # "for your sake", "I expected better"
    Signal("for-your-sake", r"\bfor (?:your|everyone's|everybody's|all (?:of )?your|your \w+'s|"
                            r"the \w+'s|\w+'s) (?:own )?(?:sake|good)\b|"
                            r"\bfor (?:the )?sake of (?:your|"
                            r"the (?:company|team|firm|business))\b"),
    Signal("expected-better", r"\bi(?: \w+){0,3}? (?:expected|anticipated|was expecting|had "
                              r"hoped for|hoped for|counted on) (?:a |an |much |far |rather |"
                              r"so |somewhat |a lot )?(?:more|better|higher|greater)\b(?: "
                              r"\w+){0,2}(?: (?:from|of|than|after|given|considering|for|"
                              r"in)\b|\W*$)|\bi(?: \w+){0,2}? thought "
                              r"(?:better|more highly|more) of (?:you|your|the)\b"),
    # bitterness and sarcasm
    Signal("bitterness", r"\bi (?:guess|suppose|gather|take it)\b",
           also=r"\b(?:isn't|doesn't|don't|not|nothing|little|much|no longer|should be grateful"
                r"|these days|matters?|counts?|value|valued|anyway)\b",
           unless=any_of(OWN_WORK, _THANKS)),
    Signal("bitterness", r"\b(?:count(?:s|ed)?|counting) for (?:little|nothing|very little|"
                         r"much|anything)\b|\b(?:isn't|aren't|wasn't|is not) (?:something|what)"
                         r" you (?:\w+ )?(?:value|want|care about)\b|\byou (?:clearly |"
                         r"obviously |evidently )?(?:don't|do not|didn't) (?:value|care about|"
                         r"appreciate|respect)\b|\bmatters? more to (?:you|your \w+) than\b|"
                         r"\b(?:apparently|evidently)\b[^.?!]{0,40}\b(?:matters?|counts?|"
                         r"worth|value[sd]?|prefer\w*)\b"),
    Signal("bitterness", any_of(
        "must be nice", "so much for", r"lessons? (?:learned|learnt)", "you get what you pay for",
        "time will tell", "we'll see", "we will see", r"you(?:'ll| will) (?:soon )?(?:see|find "
        r"out|learn|realise|realize)", "soon enough", r"you(?:'ll| will) need it",
        r"what you (?:passed up|missed|lost|gave up|let go|turned down|threw away|let slip)",
        r"lives? up to the hype", r"real bargain", r"congratulations on (?:hiring|finding|"
        r"choosing|picking|getting|saving)", r"grateful (?:that )?you (?:even )?(?:replied|"
        r"answered|wrote|responded|bothered)", r"(?:replied|answered|wrote back|responded) "
        r"at all", r"thanks (?:a lot )?for wasting", r"nice to know (?:where|how|that)",
        r"(?:clearly|obviously|evidently|apparently) you (?:\w+ )?(?:prefer|value|want|care|"
        r"think|don't|didn't|do not|did not)", r"(?:good|best of) luck (?:with|finding) (?:whoever|"
        r"your new|the new|that|them|him|her)", r"at least i know",
        r"how not to", r"thanks for the lesson", r"hold my breath",
        r"waste of (?:\w+ ){0,3}?(?:time|month|week|weeks|months|days?|effort|energy|evening|"
        r"afternoon|morning|holiday|leave)",
        r"walk(?:ing)? out (?:of )?the door", r"slip(?:ping)? through your fingers",
        r"(?:your|the company's|your \w+'s) loss", r"next time,? you(?:'ll| will| might| may)",
        r"maybe next time", r"remember this when", r"you(?:'ll| will) remember",
    ), unless=OWN_WORK),
    Signal("bitterness", rf"\bi hope\b[^.?!]{{0,10}}\b{HIRED}\b",
           also=r"\b(?:lives? up|is up to|works? out|can cope|copes|is worth|knows? what|"
                r"better than|proves?|can handle|manages? better|doesn't|does not|won't|"
                r"regret)\b"),
    # closing the door
    Signal("closing-door", r"\b(?:won't|will not|wont|shan't|shall not|never|no longer|not "
                           r"going to|don't plan to|do not plan to|don't intend to|do not intend"
                           r" to|have no (?:plans?|intention|wish|desire|interest) (?:to|of|in))"
                           r"(?: (?:be|ever|again|bother|bothering|want to|wish to|consider|"
                           r"considering|be going to))* (?:apply\w*|reapply\w*|re-apply\w*|"
                           r"putting myself forward|put myself forward|submit\w*|work\w*|"
                           r"join\w*|consider\w*|interview\w*|deal\w*|contact\w*|get in touch|"
                           r"be in touch|keep in touch|stay in touch)\b",
           also=r"\b(?:again|you|your|company|future|roles?|openings?|positions?|this|after "
                r"this|anymore|any more|ever)\b"),
    Signal("closing-door", r"\b(?:take|remove|delete|strike|drop) (?:me|my (?:name|details|cv|"
                           r"data|profile|application)) (?:off|from)\b|\b(?:the|my) (?:very )?"
                           r"last time (?:i|i'll|i will)\b|\bnot interested in (?:\w+ ){0,2}"
                           r"(?:openings?|roles?|positions?|opportunit\w+|working|you|your)\b|"
                           r"\b(?:no|zero|lost (?:all |any )?)(?:further |more )?interest in\b|"
                           r"\blook(?:ing)? elsewhere\b|\btake my (?:\w+ )?(?:skills|talents|"
                           r"experience|business) elsewhere\b|\b(?:won't|will not|never) (?:be )?"
                           r"hear(?:ing)? from me\b|\b(?:won't|will not|never|no longer)\b"
                           r"[^.?!]{0,30}\b(?:another|further|future|new) applications?\b|\brather"
                           r" not (?:be )?(?:contacted|considered|kept|hear)\b|\b(?:do not|don't|"
                           r"please don't|please do not) (?:contact|email|call) me\b|"
                           r"\bnot (?:to )?(?:pursue|pursuing) (?:any|"
                           r"further|future|other)\b|"
                           r"\bi(?:'m| am) done (?:with|applying)\b|\bnever again\b"),
    # anger
    Signal("anger", r"\b(?:i(?:'m| am| was| feel| felt| remain| have been|'ve been| am still|"
                    r"'m still)|makes? me|made me|left me|leaves me|has me|had me)(?: \w+){0,3}? "
                    r"(?:angry|furious|livid|outraged|enraged|incensed|insulted|offended|"
                    r"appalled|disgusted|fuming|bitter|infuriated|seething|irate|indignant|"
                    r"resentful|cross|mad|sickened|beside myself|raging|steaming|galled|"
                    r"aggrieved|affronted|up in arms|disgruntled|embittered)\b"),
    Signal("anger", r"\bblood boil\w*|\bboil(?:s|ed|ing)? my blood\b|\b(?:see|saw|seeing) "
                    r"red\b|\bhow dare\b|\bshame on\b|\bshould be ashamed\b|\bslap in the face\b|"
                    r"\bkick in the teeth\b|\ban insult to\b"),
    # pleading and need
    Signal("pleading", any_of(
        r"(?:this|the|that|a|getting this|landing this|getting the|landing the) (?:\w+ )?"
        r"(?:job|role|position|offer|opportunity|post)\b[^.?!]{0,20}\b(?:means?|meant|would "
        r"mean) (?:everything|the world|so much|a lot|more than)",
        r"counting on (?:this|the|that|you|getting|landing|an offer|a job|the job|the role)",
        r"(?:my|our) (?:last|only|final) (?:hope|chance|option|lifeline)",
        r"(?:you are|you're) my (?:\w+ )?(?:hope|chance|lifeline)",
        r"i(?:'m| am) (?:\w+ )?(?:asking|begging|pleading)", r"plead\w*", "beseech", "implore",
        r"(?:just|only|even) (?:one|a single|one more|one last|one small) (?:more )?(?:chance|"
        r"shot|try|interview|meeting|opportunity|conversation)",
        r"one (?:more|last|final) (?:chance|shot|try|interview|opportunity)",
        r"(?:is )?all i(?:'m| am)? ask(?:ing)?",
        r"running out of (?:savings|money|options|time|hope|funds)", r"can(?:'t|not) go on",
        r"can(?:'t|not) (?:afford|survive|manage|cope|keep going)\b(?: \w+){0,2} (?:to lose|"
        r"without|another|much|any)", r"(?:forever|eternally|always) (?:in your debt|indebted)",
        r"in your debt",
        r"(?:my|our) (?:\w+ )?(?:future|family|livelihood|children|kids|career|rent|mortgage|"
        r"bills|survival|visa|residency|permit|home|health|insurance)\b[^.?!]{0,20}\b(?:depends?|relies|rely|hinges?|rests?|counting|"
        r"needs?|afloat|at stake|on the line)",
        r"keep (?:my|our) (?:family|head|heads|household) (?:afloat|above water)",
        r"financial (?:situation|trouble|difficult\w*|hardship|straits)",
        "struggling financially", r"behind on (?:rent|bills|payments)",
        r"i (?:\w+ ){0,2}?need (?:this|the|that|a|any|some|paid)? ?(?:\w+ )?(?:job|role|"
        r"position|offer|work|income|opportunity|salary|money|chance|break)",
        r"(?:please|i beg you),? (?:\w+ ){0,3}?(?:hire|take|choose|give|consider|pick) me",
        r"anything (?:at all )?(?:to|for) (?:get|work|join|be part|have|land)",
        r"nowhere (?:else )?to turn", r"(?:change|save|transform) my life",
        r"pay (?:the|my) (?:rent|bills|mortgage)", r"without this (?:job|role|position|offer)",
        r"any (?:role|job|position|opening|work) at all", r"take anything",
    ), unless=OWN_WORK),
)

MILD: tuple[Signal, ...] = (
    Signal("mild", any_of(
        r"(?:a|quite a|a real|a bit of a|something of a|such a) (?:\w+ )?(?:blow|letdown|"
        r"let-down|knock)", "disheartening", "dispiriting", "deflating", r"demorali[sz]ing",
        "discouraging", "crushing", "gutting", r"(?:hard|tough|difficult) to (?:take|swallow|"
        r"accept|hear|digest)", r"(?:tough|hard|rough) on me", r"took (?:its|a) toll",
        "deflated", r"demorali[sz]ed", "dejected", "downhearted", "crestfallen", "heartbroken",
        r"hit me (?:\w+ )?(?:hard|harder|badly)", r"(?:got|gets|get|getting) me down",
        r"(?:brought|knocked) me (?:down|back)", "nerve-?racking", "nerve-?wracking",
        r"(?:i (?:was|felt|am|feel)|i'm|left me|made me)(?: (?:pretty|quite|very|so|a bit|a "
        r"little|rather|really|feeling|still))* (?:low|down|flat|blue|gloomy|glum|miserable|"
        r"crushed|gutted|devastated)\b", "bitter pill", r"knocked (?:me|my confidence)",
    ), unless=OWN_WORK, mild=True),
)

FEEDBACK: tuple[Signal, ...] = (
    Signal("feedback", rf"\b{_REQUEST}\b[^.?!]{{0,60}}\b{_CRITIQUE}\b", also=_MY_PERFORMANCE,
           unless=any_of(OWN_DEEDS, r"\bthank")),
)
