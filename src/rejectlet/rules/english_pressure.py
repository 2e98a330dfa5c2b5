"""English frames for pressing on the decision: other offers as leverage, and argument.

Mentioning another employer is not itself a fault: "I have since accepted a
role elsewhere, and would still be glad to hear from you" is gracious news.
A careful reader stops when the other offer is used on them: a deadline ("my
answer is due on Friday"), a comparison that ranks them ("better-paid
offers", "far more eager to have me"), pressure ("so you may want to move
quickly", "your chance"), or a sacrifice laid at their door ("I declined a
post because I was sure of this one"). So the leverage frame crosses an offer
or suitor elsewhere with one of those. The argument frames read a verdict on
the decision without a judging word: the outcome "does not reflect" the
interview, the choice "escapes me", the writer "was the strongest", a fair
reading "would have" changed it, their side "overlooked" or "underestimated"
the writer.
"""

from __future__ import annotations

from .english import OWN_DEEDS
from .frames import Signal
from .pattern_parts import any_of

# -- other offers used as leverage -----------------------------------------------------------

#: An offer, a suitor or a post somewhere else.
_ELSEWHERE = any_of(
    r"(?:other|another|competing|rival|better-paid|better paid|higher-paid|several|two|three|"
    r"multiple) (?:\w+ ){0,2}?(?:offers?|employers?|firms?|companies|recruiters?|"
    r"contracts?)",
    r"offers? (?:\w+ ){0,2}?(?:from|with|at|elsewhere|in hand|on the table|in)",
    r"(?:an?|the|my|two|three) (?:\w+ ){0,2}?(?:offers?|contract|post|position|role|job) "
    r"(?:\w+ ){0,3}?(?:elsewhere|with an?|at an?|from an?)",
    r"(?:a|your|the|their|two of your|one of your) (?:\w+ )?(?:competitors?|rivals?)",
    r"competitors?", r"rivals?", r"headhunters?", r"recruiters away", r"another firm",
    r"another company", r"other employers", r"start date at", r"offers? i (?:already )?"
    r"(?:hold|have|received|got)", r"what (?:a|the) competitor",
)
#: Using it on them: a deadline, a ranking, pressure, a sacrifice for them.
_LEVER = any_of(
    r"(?:by|on|before|until|within) (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the (?:end of the )?week|the weekend|then|tomorrow)", "expires?", "deadline",
    r"due to (?:give|answer|decide|sign)", r"have to accept", r"move (?:quickly|fast)",
    r"your chance", r"wait too long", r"(?:don't|do not|would not|wouldn't) wait",
    r"quick answer", r"(?:if you|you could|you can) match", r"more eager", r"more interested",
    r"better-paid", r"better paid", r"(?:\w+ )?percent more", r"better title", r"first choice",
    r"rather work", r"over the (?:two|three|other|several)",
    r"value what i", r"because i (?:was|assumed|felt|thought)", r"for the chance",
    r"to stay in (?:your|the) process", r"in case you", r"weigh (?:\w+ )?against",
    r"clearly value", r"assumed this", r"confident about this", r"sure about", r"postponed",
    r"on hold", r"persuaded", r"(?:recruiting|courting|chasing|approaching) me",
    r"matching it", r"match it",
)
#: Good news told plainly: a role accepted elsewhere, with the wish to stay in touch.
_GRACIOUS_NEWS = (r"\b(?:have|'ve) (?:since |now |recently )?(?:accepted|taken|started|joined)\b"
                  r"|\b(?:accepted|started|joined|took) (?:a|an) (?:\w+ )?(?:role|position|"
                  r"post|job)\b")
LEVERAGE: tuple[Signal, ...] = (
    Signal("other-offers", rf"\b{_ELSEWHERE}\b[^.?!]{{0,90}}\b{_LEVER}\b"
                           rf"|\b{_LEVER}\b[^.?!]{{0,90}}\b{_ELSEWHERE}\b",
           unless=any_of(r"\b(?:our|my team's|we) (?:\w+ )?(?:offers?|clients?|"
                                  r"customers?|suppliers?|shippers?|depots?)\b",
                       r"\bi (?:compared|negotiated|helped|ran|set|priced|rebuilt)\b")),
)
#: Offers told as news, not as leverage, turn the other frames off (see ``stance``).
NEUTRAL_NEWS = _GRACIOUS_NEWS

# -- arguing without a judging word ----------------------------------------------------------

#: The decision, the outcome, the choice, the assessment.
_VERDICT_OBJ = any_of(
    r"(?:the|this|that|your) (?:\w+ )?(?:outcome|decision|choice|result|assessment|"
    r"evaluation|selection|verdict|rejection)", "this one", r"the (?:final )?cut",
)
ARGUING: tuple[Signal, ...] = (
    Signal("arguing", rf"\b{_VERDICT_OBJ}\b[^.?!]{{0,40}}\b(?:does not|doesn't|did not|didn't|"
                      r"fails? to) (?:\w+ )?(?:reflect|match|fit|do justice)\b"
                      rf"|\bnothing (?:\w+ ){{0,4}}?(?:justified|warranted|explains?|"
                      rf"supports?)\b[^.?!]{{0,30}}\b{_VERDICT_OBJ}\b"
                      rf"|\b(?:reasoning|logic|thinking|rationale) (?:behind|of) "
                      rf"{_VERDICT_OBJ}\b[^.?!]{{0,20}}\b(?:escapes|eludes|baffles|puzzles|"
                      r"is lost on)\b"
                      rf"|\b{_VERDICT_OBJ}\b[^.?!]{{0,40}}\bwould have (?:gone|come out|turned "
                      r"out|been) (?:\w+ ){0,2}?(?:other|different|differently|my)\b",
           unless=OWN_DEEDS),
    Signal("arguing", r"\b(?:i was|i am|i'm) (?:\w+ ){0,4}?(?:the strongest|the best|the most "
                      r"qualified|the better|clearly the)\b[^.?!]{0,40}\b(?:candidate|applicant|"
                      r"fit|you (?:saw|met|interviewed))\b"
                      r"|\b(?:by any (?:fair )?measure|on any fair reading|with a fairer)\b"
                      r"|\b(?:fit|match|suit) the (?:brief|role|job|posting) better than\b",
           unless=OWN_DEEDS),
    Signal("arguing", r"\b(?:panel|you|your (?:\w+ )?(?:panel|team|interviewers?|recruiters?)|"
                      r"interviewers?|they|their_(?:org|name))\b[^.?!]{0,20}\b(?:misread|"
                      r"overlooked|underestimated|undervalued|misjudged|misunderstood|missed|"
                      r"ignored|glossed over|failed to see)\b[^.?!]{0,40}\b(?:my|me|i)\b"
                      r"|\b(?:my|the) (?:\w+ ){0,3}?(?:answers?|cv|application|portfolio|"
                      r"experience|case study|record) (?:\w+ ){0,3}?(?:were|was) (?:simply |"
                      r"just )?not (?:\w+ )?(?:read|considered|weighed|understood|looked at)\b"
                      r"|\b(?:criteria|standards?|rules?) (?:were|was) (?:\w+ )?applied "
                      r"(?:\w+ )?(?:inconsistently|unevenly|selectively)\b"
                      r"|\bi (?:\w+ ){0,3}?(?:dispute|disagree with|reject|contest)\b[^.?!]{0,40}"
                      r"\b(?:claim|idea|assessment|view|finding|suggestion|notion|point|"
                      r"conclusion|decision|outcome|verdict)\b"
                      r"|\b(?:claim|suggestion|idea|assessment) that i\b[^.?!]{0,60}\b(?:not "
                      r"accurate|untrue|not true|wrong|inaccurate|unfounded)\b"
                      r"|\b(?:decision|choice|outcome|result|rejection)\b[^.?!]{0,20}\bmakes? "
                      r"(?:little|no) sense\b|\bhard to (?:accept|"
                      r"understand|see|fathom)\b[^.?!]{0,40}\b(?:experience|judged|outcome|"
                      r"decision|choice|result|insufficient|weak)\b"
                      r"|\b(?:cannot|can't) see how (?:\w+ ){0,6}?(?:fails?|failed|missed|not|"
                      r"didn't|wasn't|isn't)\b"
                      r"|\b(?:it|application|cv|candidacy|i) deserved better\b",
           unless=any_of(OWN_DEEDS, r"\bour (?:\w+ )?(?:clients?|customers?|drivers?|model)\b")),
)
