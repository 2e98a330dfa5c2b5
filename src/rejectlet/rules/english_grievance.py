"""English frames for grievances: blame told as a mishap of theirs, and bitterness as irony.

Blame rarely names a fault; it tells what happened to the writer in their
process: the interview "started forty minutes late", the link "kept failing on
your side", the test was announced "the evening before", two people gave
"contradictory instructions", the questions "bore no relation" to the job. The
frame crosses the process (an interview, a test, a slot, the brief, the
questions, their people) with a mishap in time, order or care. The writer's
own stories of fixing such things ("when our video calls kept failing, I set
up a backup line") are turned off by the writer's deeds.

Bitterness is irony: a thanks or a wish that means the opposite ("I hope the
person you chose is worth the wait", "do enjoy explaining the next missed
deadline"), a lesson drawn against them ("preparation gets you nowhere"), a
mock reassurance about the hire ("will learn the job eventually"), or a jibe
at their motives ("a younger face", "must be convenient to decide before").
"""

from __future__ import annotations

from .english import OWN_DEEDS
from .frames import Signal
from .pattern_parts import any_of

#: Their process and its parts, as the thing that went wrong.
_PROCESS = any_of(
    r"(?:my|the|your) (?:\w+ )?(?:interview|slot|call|test|assessment|case study|brief|link|"
    r"presentation|questions?|instructions?|schedule|booking|session|round)",
    r"(?:video|phone) (?:link|call)", "questions i was asked", r"your (?:side|end)",
    r"(?:the|your) (?:\w+ )?(?:team|panel|recruiter|interviewers?|hiring manager)",
    r"their_(?:org|name)", "two different people", "different people",
)
#: A mishap in time, order or care.
_MISHAP = any_of(
    r"(?:started|began|ran|arrived|came) (?:\w+ ){0,3}?late", r"cut short", r"kept (?:failing|"
    r"dropping|crashing|freezing|cutting out)", r"double-?booked", r"contradictory",
    r"conflicting (?:instructions|information|messages)", r"bore no relation",
    r"(?:had|has|bore) (?:little|nothing) to do with", r"(?:the )?(?:evening|night|day|hour) "
    r"before (?:it|the|my)", r"at the last minute",
    r"never (?:arrived|came|happened|materiali[sz]ed)", r"had to rush",
    r"(?:hardly|barely) (?:helped|asked|listened|looked)", r"never asked",
    r"seemed (?:distracted|bored|uninterested|unprepared)", r"talked over me",
    r"kept (?:checking|looking at) (?:\w+ )?(?:phone|emails?|watch|laptop)",
    r"checked (?:his|her|their) (?:phone|emails?|watch|laptop)", r"mix-?ups?",
    r"(?:was|were) missing (?:\w+ ){0,2}?(?:data|information|pages|details)",
    r"nobody (?:\w+ ){0,3}?(?:seemed to have )?(?:prepared|read)",
    r"cost me (?:any|the|my) (?:real )?chance",
)
BLAME: tuple[Signal, ...] = (
    Signal("blame", rf"\b{_PROCESS}\b[^.?!]{{0,60}}\b{_MISHAP}\b"
                    rf"|\b{_MISHAP}\b[^.?!]{{0,60}}\b{_PROCESS}\b",
           unless=any_of(r"\bwhen (?:our|my|we)\b", r"\b(?:i|we) (?:\w+ )?(?:set up|fixed|"
                                  r"rebuilt|solved|sorted|made sure|traced|inherited|"
                                  r"turned|cut|built|ran|led)\b",
                       r"\b(?:kind\w*|thank\w*|gracious\w*|understand\w*|no harm)\b")),
)

#: A thanks, wish or reassurance that can be meant the other way.
_MOCK = any_of(
    r"i hope (?:the|your|whoever|you|they)", r"(?:do )?enjoy",
    r"congratulations[^.?!]{0,20}?on (?:finding|hiring|choosing|picking)",
    r"(?:it's |it is )?(?:reassuring|good|nice|great|refreshing) to (?:see|learn|know|hear)",
    r"thank you for (?:confirming|showing|teaching|reminding)",
    r"do let me know how", r"i'm sure the (?:new|chosen)", r"i am sure the (?:new|chosen)",
    r"lesson learned", r"what a way to", r"quite the", r"funny how", r"(?:my|the) (?:\w+ )?"
    r"mistake was (?:believing|thinking|trusting|assuming)", r"at least (?:now )?i know",
    r"must be (?:convenient|nice|easy)", r"i'll be sure to lower", r"valuable lesson",
)
#: What the irony is aimed at: their choice, their standards, the writer's wasted effort.
_TARGET = any_of(
    r"worth the wait", r"fits? your budget", r"cheaper", r"(?:so |more )?affordable",
    r"learn the job",
    r"matters? so little", r"counts? for nothing", r"brochures?",
    r"younger", r"return on my time", r"nowhere", r"gave up their",
    r"next (?:missed|failed|late)", r"missed deadline", r"right people", r"less important",
    r"face value", r"where i stand", r"was open", r"decide before", r"expectations",
    r"team photo", r"form (?:e-?mail|letter)", r"before the interviews",
    r"explain(?:ing)? to your", r"up to it", r"because i (?:certainly|definitely|sure) "
    r"(?:do|can|did)",
)
BITTER: tuple[Signal, ...] = (
    Signal("bitterness", rf"\b{_MOCK}\b[^.?!]{{0,80}}\b{_TARGET}\b",
           unless=any_of(OWN_DEEDS, r"\bi (?:mean|meant) it\b",
                       r"\b(?:as much as i would|enjoys the (?:work|role))\b",
                       r"\b(?:success|well|all the best)\b")),
    Signal("bitterness", r"\b(?:apparently|evidently|obviously|clearly|i suppose|no doubt)\b"
                         r"[^.?!]{0,80}\b(?:no match for|less important than|more important "
                         r"than|younger|looked better|right people|knowing the)\b"
                         r"|\bassuming (?:\w+ ){0,2}?(?:ever|one day|someday) (?:learns?|"
                         r"values?|realises?|realizes?)\b"
                         r"|\bgets? (?:you|one|a candidate|me) nowhere\b"
                         r"|\b(?:led|leads|went|got me|go) (?:\w+ )?nowhere\b"
                         r"|\b(?:means?|counts?|matters?) (?:for )?(?:far |much )?less (?:to|at) "
                         r"(?:you|your|their_org)\b",
           unless=OWN_DEEDS),
)
