"""Where a complaint points, which decides whether it may stop a first reply.

A frame (see ``stance``) says what a sentence does: judge, demand, plead,
concede. Whether that is worth refusing the letter depends on what the sentence
is about. "Rejecting me was a mistake" is about the decision; "the mistakes I
found in our billing code" is the writer's own work; "how your team caught a
costly mistake in its capacity plan" is the company's own past work, told with
admiration; "the question I answered most was 'why was this order rejected?'"
quotes somebody else's question. A careful reader stops at the first and reads
on past the others.

So an error needs two things: a frame that takes a hostile stance, and the
hiring as its target -- the decision, the application and its process, the
people who ran it, the person hired, the reader. A frame whose sentence names
none of them is kept as a warning: the writer should look, but the letter still
renders. A sentence that plainly tells a story of work (the writer's own, or
the company's own past work or publications) and names nothing of the hiring is
not reported at all.

Patterns are written for the plain form of the text (lower case, straight
quotes, accents folded: "Gespräch" reads "gesprach") and run on the linear-time
engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from . import english
from .linear import linear

Aim = Literal["them", "work", "elsewhere"]

# -- the reader, and the hiring --------------------------------------------------------------

#: The reader and their side; ``their_org`` and ``their_name`` are the letter's own names
#: (see ``their_side``).
_EN_READER = (r"\b(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|"
              r"their_(?:org|name))\b")
#: The hiring and the decision about the writer. Nouns that also name business
#: matters ("a carrier decision", "our process") count only with a word that
#: ties them to this hiring.
_EN_HIRING = (
    r"\b(?:(?:the|this|that|such a|your|their|its) (?:final |hiring |recruitment |selection |"
    r"whole )?(?:decision|verdict|outcome)|decision (?:to|not to) (?:\w+ )?(?:reject|hire|go|"
    r"choose|pass|turn|appoint|offer|pick|select|move)|decided (?:to|not|against|on)|reject\w*|"
    r"turn\w* (?:me )?down|turned away|pass\w* (?:me )?over|passed on me|overlook\w* me|"
    r"candida\w+|applica\w+|appl(?:y|ied|ying)|reappl\w+|interview\w*|recruit\w*|hiring|"
    r"(?:new|the|your|a|cheaper|chosen) hire|hired (?:someone|somebody|him|her|them|an?|the|"
    r"another|internally|from within|over)|who(?:m|ever)? (?:\w+ )?(?:hired|chose|picked)|"
    r"panel\w*|committee|(?:the|this|your|that|whole|hiring|selection|recruitment|application|"
    r"interview) (?:[\w-]+ ){0,2}?process|selection|shortlist\w*|(?:the|this|that|a|any|another|"
    r"similar|future|other|junior|open) (?:\w+ )?(?:roles?|jobs?|positions?|posts?|vacancy|"
    r"vacancies|openings?)|openings?|offers?|salary|salaries|pay|wage|rate|contract|rounds?|"
    r"case study|take-home|assignments?|(?:the|your|that|this|coding|technical|written) "
    r"(?:\w+ )?(?:tests?|tasks?|exercises?)|feedback|(?:an?|the|some|any|proper|real|clear|no|"
    r"honest) (?:\w+ )?(?:explanation|reasons?)|someone else|"
    r"somebody else|whoever|finalists?|me|myself|conversations?|email|letter|news|reply|"
    r"silence|chance|adverts?|advertisements?|job ads?|postings?|listings?|job descriptions?|"
    r"assessments?|cho(?:o)?s(?:e|es|ing|en)|chose|picked|picking|selected|(?:the|your) new "
    r"\w+|over (?:me|my)|instead of me|lack(?:ed|ing)? (?:the )?\w+ (?:experience|skills)|"
    r"employers?|(?:a|such a|any) (?:\w+ )?(?:firm|company|organi[sz]ation|employer|business) "
    r"(?:that|which|like|of|with|who)|a team i)\b"
    # the writer as the object of what was done: "I was judged on my accent"
    r"|\bi (?:was|wasn't|was not|were|had been|got|have been|'ve been)(?: \w+ly| never| not| "
    r"even| still)? (?:judged|assessed|scored|graded|treated|asked|told|given|kept|left|made|"
    r"rejected|dismissed|ignored|interrupted|grilled|tested|screened|ghosted|strung|led|"
    r"dropped|cut|passed|overlooked|sidelined|brushed|promised|quoted|sent|expected|forced)\b"
    r"|\b(?:saying|said|say|claim\w*|told me|suggest\w*) that i\b"
)
#: A story of work: the writer's own deeds or products, the company's own past work, or a
#: piece they published or told ("your study on why shippers reconsider rail").
_EN_OWN = (
    english.OWN_WORK
    + r"|\b(?:i|we)(?:'ve| have| had)? (?:\w+ )?(?:found|spotted|noticed) (?:and|a|an|two|"
    r"three|several|some|many|dozens|the (?:\w+ )?(?:bugs?|errors?|mistakes?|flaws?|faults?|"
    r"problems?|gaps?|leaks?))\b"
    r"|\b(?:i|we)(?:'ve| have| had)? (?:\w+ )?(?:shown|proved|proven|fixed|built|led|cut|"
    r"explained|taught)\b"
    r"|\bi was (?:hired|brought in|asked|taken on) (?:\w+ ){0,3}?to \w+"
    r"|\b(?:mistakes?|errors?|bugs?|flaws?|faults?|problems?|gaps?) (?:that )?(?:i|we) "
    r"(?:\w+ )?(?:found|spotted|caught|fixed|noticed|uncovered)\b"
    r"|\bi was the (?:\w+ ){0,2}?(?:one|person|analyst|engineer|planner|lead|manager|member) "
    r"(?:who|that)\b"
    # a brief the writer was given at work: "the panel asked me to rewrite its guidance"
    r"|\b(?:asked|invited|trusted|hired|brought in|appointed|chose|picked|wanted|needed) me to "
    r"(?:\w+ )?(?:rewrite|write|fix|lead|build|redesign|run|replace|review|rebuild|train|set up|"
    r"sort out|untangle|restructure|audit|manage|draft|design|develop|improve|simplify|"
    r"overhaul|chair|coordinate|investigate|plan|mentor|coach|present|teach|cover|take over)\b"
)
_EN_THEIRS = (
    r"\b(?:your|the|their) (?:own |data |engineering |research |planning |analytics |"
    r"operations |ops )?(?:team|company|firm|engineers|researchers)\b[^.?!]{0,40}"
    r"\b(?:caught|found|spotted|fixed|corrected|reversed|published|wrote|presented|undid|rethought|changed|rebuilt|"
    r"redesigned|solved|shipped|built|launched|admitted|owned up|traced|uncovered|dropped|"
    r"abandoned|retired|scrapped)\b"
    r"|\b(?:your|their) (?:\w+ )?(?:study|paper|report|talk|explanation|story|article|"
    r"post|research|blog|analysis|webinar|podcast|keynote|survey|whitepaper|white paper|"
    r"account|write-?up|piece|book|lecture) (?:of|on|about|into|from|that|which|how|why|when|"
    r"where|showing|explaining|describing)\b"
    r"|\b(?:the|a) (?:story|account) of how (?:your|their|the company)\b"
)

_DE_READER = (r"\b(?:sie|ihnen|ihr|ihre\w*|euch|eure?\w*|du|dich|dir|dein\w*|"
              r"their_(?:org|name))\b")
_DE_HIRING = (
    r"\b(?:(?:ihre|die|diese|eine|der|ihrer|dieser|solche|ihr\w*) (?:\w+ )?entscheidung\w*|"
    r"entscheidung\w*|(?:personal|einstellungs|auswahl|besetzungs)entscheidung\w*|entschieden|"
    r"absage\w*|abgesagt|abgelehnt|ablehnung|\w*bewerb\w*|kandidat\w*|\w*gesprach\w*|"
    r"interview\w*|gremium|auswahl\w*|(?:auswahl|bewerbungs|einstellungs|besetzungs)?verfahren|"
    r"stellen?|position|angebot\w*|gehalt\w*|\w*runde\w*|fallstudie|probe\w*|\w*aufgabe|"
    r"\w*test|personal\w*|recruit\w*|begrundung|grunde?|mich|mir|eingestellt|vorgezogen|"
    r"genommen|zusage|einladung|nachricht|\w*mail|antwort|\w*anzeige|ausschreibung|"
    r"arbeitgeber\w*|stelleninhaber\w*|nachfolger\w*|(?:der|die|den|dem|ihr\w*) neue\w* \w+|"
    r"ausgewahlt|gewahlt)\b"
)
_DE_OWN = (
    r"\b(?:ich|wir|mein team|unser team)\b[^.?!]{0,100}\b(?:gefunden|behoben|gesenkt|"
    r"reduziert|entwickelt|gebaut|aufgebaut|eingefuhrt|geleitet|gefuhrt|korrigiert|"
    r"geschrieben|verbessert|gelost|automatisiert|optimiert|entdeckt|erkannt|umgebaut|"
    r"eingerichtet|abgeschafft|gesteigert|verkurzt|gestaltet|umgestellt|verhandelt|"
    r"verglichen|beanstandet|zuruckgeholt|gepruft|ausgewertet|analysiert|modelliert|"
    r"organisiert|standardisiert|vereinfacht|uberarbeitet|erstellt|programmiert|"
    r"implementiert|migriert|dokumentiert|geschult|zuruckgefuhrt)\b"
    # what the writer's own review found: "Meine Prüfung ergab, dass …"
    r"|\b(?:meine|unsere) (?:\w+ )?(?:prufung|analyse|auswertung|untersuchung|studie|"
    r"rechnung|messung\w*|daten)\b (?:ergab|zeigte|belegte|bewies|fand)\b"
)
_DE_THEIRS = (
    r"\b(?:ihr|ihre|das|die|der) (?:eigene\w* )?(?:team|unternehmen|firma|haus|"
    r"forscher\w*|ingenieure)\b[^.?!]{0,80}\b(?:korrigiert\w*|entdeckt|"
    r"gefunden|behoben|revidiert|veroffentlicht|geandert|umgestellt|zuruckgenommen|erkannt|"
    r"eingeraumt|aufgedeckt|abgeschafft|verworfen)\b"
    r"|\b(?:ihre|ihr|ihren|ihrer) (?:\w+ )?(?:schilderung|geschichte|studie|erklarung|"
    r"darstellung|vortrag|artikel|bericht|analyse|prasentation|beitrag|buch)\b"
    r"[^.?!]{0,6}\b(?:wie|warum|wieso|weshalb|uber|zu|von|daruber|dazu|dass|als)\b"
    r"|\b(?:die|eine) geschichte, wie (?:ihr|ihre|das|die)\b"
)

#: Another matter named: the business's own things, or the writer's workplace ("our").
_EN_ELSEWHERE = (
    r"\b(?:our|we|we've|we'd|models?|forecasts?|forecasting|data|code|codebase|billing|finance|"
    r"accounts|invoices?|spreadsheets?|pipelines?|inventory|customers?|clients?|drivers?|"
    r"carriers?|shippers?|suppliers?|vendors?|warehouses?|depots?|routes?|routing|fleet|"
    r"software|systems?|budgets?|quarters?|sales|pricing|board|markets?|strateg\w+|"
    r"products?|roadmaps?|migrations?|dashboards?|reports?|recommendations?|analys[ie]s|"
    r"numbers|metrics)\b"
)
_DE_ELSEWHERE = (
    r"\b(?:unser\w*|wir|kunden?|kundin\w*|prognose\w*|modell\w*|daten|lager\w*|spediteur\w*|"
    r"verlader\w*|route\w*|budget\w*|code|software|system\w*|\w*planung|kapazitat\w*|"
    r"kraftstoff\w*|fuhrpark|flotte|quartal\w*|umsatz|preise?n?|lieferant\w*|fahrer\w*|depots?|"
    r"produkt\w*|markt|markte|strategie\w*|abrechnung\w*|sendung\w*|standort\w*)\b"
)

_READER: Mapping[str, str] = {"en": _EN_READER, "de": _DE_READER}
_ELSEWHERE: Mapping[str, str] = {"en": _EN_ELSEWHERE, "de": _DE_ELSEWHERE}
_HIRING: Mapping[str, str] = {"en": _EN_HIRING, "de": _DE_HIRING}
_OWN: Mapping[str, str] = {"en": _EN_OWN, "de": _DE_OWN}
_THEIRS: Mapping[str, str] = {"en": _EN_THEIRS, "de": _DE_THEIRS}
#: A name in the middle of an English sentence: the organisation, or a person in it.
_NAME = linear(r"[a-z,;:] (?:[A-Z][a-z]+[A-Z]?[a-z]*)(?:'s)?\b")


def aim(words: str, language: str, original: str = "") -> Aim:
    """What one sentence (its plain, lower-case words) points at.

    ``"them"``: the hiring or the reader, named or implied: in a reply to a
    rejection, a complaint that names nothing else is read as about the
    rejection. A hostile frame here stops a first reply. ``"work"``: a story of
    work, the writer's own or the company's, that names nothing of the hiring;
    frames here are not reported. ``"elsewhere"``: another matter is named (a
    forecast, the writer's own team, a customer) and nothing of the hiring or
    the reader; judging frames here warn. ``original`` is the sentence with its
    case, where an English name mid-sentence ("nothing to Corvane") counts
    as the reader's organisation.
    """
    base = language if language in _READER else "en"
    if base == "de":
        words = _relative_masked(words)
    hiring = words
    if base == "en":
        if linear(english.OWN_FIRM).search(words) is not None and \
                linear(_READER[base]).search(words) is None:
            return "work"
        hiring = _ours_masked(words)
    if linear(_HIRING[base]).search(hiring) is not None:
        return "them"
    if linear(_THEIRS[base]).search(words) is not None:
        return "work"
    if linear(_READER[base]).search(words) is not None:
        return "them"
    if linear(_OWN[base]).search(words) is not None:
        return "work"
    if base == "en" and _named(original):
        # a name with no word of the reader's: the reader's organisation, unless the
        # sentence tells the writer's own work there ("my first task at Delacroix was ...")
        return "them"
    if linear(_ELSEWHERE[base]).search(words) is not None:
        return "elsewhere"
    return "them"


#: "our" and the words of its noun phrase: the writer's workplace ("our grant applications",
#: "our school's appeals panel", "our complaint process").
_OURS = linear(r"\bour(?: [\w-]+(?:'s)?){1,3}")
#: Someone asking the writer to do a piece of work ("asked me to rewrite"); the "me" of it
#: is not the writer as a candidate.
_ASKED_ME = linear(r"\b(?:asked|invited|trusted|hired|appointed|wanted|needed|encouraged) me to ")
#: Words that end the noun phrase after "our".
_PHRASE_ENDS = frozenset((
    "and", "or", "but", "was", "were", "is", "are", "has", "had", "have", "did", "do", "does",
    "to", "of", "in", "on", "at", "for", "with", "by", "from", "after", "before", "that",
    "which", "who", "when", "because", "so", "than", "as", "me", "you", "your", "kept",
    "felt", "said", "asked", "told", "rejected", "chose", "picked", "decided", "will", "would",
    "could", "can", "should", "might", "may", "must", "still", "never", "not"))
#: Nouns that make "our" the writer and the reader together: "our conversation".
_SHARED = frozenset(("conversation", "conversations", "interview", "interviews", "call",
                     "calls", "chat", "meeting", "meetings", "talk", "talks", "discussion",
                     "discussions", "exchange", "exchanges", "correspondence", "emails",
                     "email", "video", "session", "sessions"))


def _ours_masked(words: str) -> str:
    """English words with each "our" noun phrase blanked out, unless it names something the
    writer shared with the reader: the writer's own workplace has applications, panels and
    processes of its own, which are not this hiring."""
    pieces: list[str] = []
    done = 0
    for hit in _OURS.finditer(words):
        phrase = words[hit.start:hit.end].split(" ")[1:]
        kept: list[str] = []
        for word in phrase:
            if word in _PHRASE_ENDS:
                break
            kept.append(word)
        if not kept or any(word in _SHARED for word in kept):
            continue
        end = hit.start + len("our ") + len(" ".join(kept))
        pieces.append(words[done:hit.start])
        pieces.append(" " * (end - hit.start))
        done = end
    pieces.append(words[done:])
    words = "".join(pieces)
    # the writer given a task at work: "the panel asked me to rewrite its guidance"
    for hit in _ASKED_ME.finditer(words):
        words = words[:hit.end - 6] + "  " + words[hit.end - 4:]
    return words


def _relative_masked(words: str) -> str:
    """German words with a relative clause's article kept from reading as "the new hire":
    in "den Leitfaden geschrieben, der neuen Disponenten hilft" the "der" after the comma
    opens a clause about the guide, not about a person they hired."""
    for article in ("der", "die", "das", "den", "dem"):
        words = words.replace(f", {article} neue", f", {article} _neue")
    return words


def _named(original: str) -> bool:
    return any(hit.end - hit.start > 3 and original[hit.start + 2:hit.end] != "I"
               for hit in _NAME.finditer(original))


#: The frames that judge an object (a decision, a process, a person) and so need that object
#: to be the hiring; the frames of the writer's need (pleading, conceding, naming other
#: offers, closing the door) are about the hiring whatever else the sentence names.
JUDGING = frozenset({"arguing", "blame", "bitterness", "anger", "reasons", "expected-better",
                     "for-your-sake", "comparison"})


#: A quotation that ends in a question mark: somebody's question, reported.
_QUOTED_QUESTION = linear(r"\"[^\"]{1,160}\?\W{0,2}\"")


def quoted_questions_masked(words: str) -> str:
    """The sentence with each quoted question blanked out, keeping every place.

    "The question I answered most was "why was this order rejected?"" reports a
    question from the writer's work; it does not ask the reader anything.
    """
    pieces: list[str] = []
    done = 0
    for hit in _QUOTED_QUESTION.finditer(words):
        pieces.append(words[done:hit.start])
        pieces.append(" " * (hit.end - hit.start))
        done = hit.end
    if not pieces:
        return words
    pieces.append(words[done:])
    return "".join(pieces)


#: A sentence that answers the question before it ("Why forecasting? Because ...").
_ANSWER: Mapping[str, str] = {"en": r"^\W*(?:because|since|simply because)\b",
                              "de": r"^\W*(?:weil|da|denn)\b"}


def answers(next_words: str, language: str) -> bool:
    """True when the next sentence answers a question, which makes it the writer's own
    rhetorical question, not a demand put to the reader."""
    base = language if language in _ANSWER else "en"
    return linear(_ANSWER[base]).search(next_words) is not None
