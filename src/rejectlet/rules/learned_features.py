"""What the learned scorer sees in a sentence: words, word classes and shapes.

The hand-written frames list what a complaint says; a linear model can weigh
many small signs instead, and a sign it learned from one writer's sentences may
carry to the next writer's. The signs are kept simple so they generalise and so
a finding can quote them: lemma-ish words and word pairs, a few closed word
classes (the writer, the addressee, negation, the hiring as a topic, the
counterfactual), the class pairs those make in order ("you" then "not"), who
each clause is about (the writer, the writer's own work, the reader, the
reader's company, the decision, a third person such as the one hired) and
which classes stand beside that actor, what each clause and the sentence point
at as the tone frames read it (``aim``: the hiring or the reader, a story of
work, another matter) and which hard or gracious words stand in such a clause,
whether the sentence carries gracious words, hard words or both, the
sentence's shape (a question, an exclamation, an imperative opening) and the
section the sentence sits in.

The word classes are small, closed and written for this scorer alone; they do
not borrow the frames' tuned lexicons, so that the leave-one-part-out estimate
of the scorer is not coloured by lists that were widened after reading the part
held out. The one exception is the target of a clause, which is the frames' own
reading (one clause reading for both, not a second one): its lists were widened
on every part, so the leave-one-out estimate of the features that use it is
somewhat kinder than a new writer will be. The same function feeds training
(tests/corpus/train.py) and scoring, so a feature means the same thing in both.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from itertools import pairwise

from .linear import linear
from .reading import Plain

#: A word of the plain (ASCII, lower-case) form, with an English clitic kept on, or
#: a class word the letter's own names were read as (``rules.their_side``).
_WORD = r"their_(?:org|name)|[a-z0-9]+(?:'[a-z]+)?"

#: English clitics read as the words they stand for.
_CLITICS: Mapping[str, tuple[str, ...]] = {
    "n't": ("not",), "'m": ("am",), "'re": ("are",), "'ve": ("have",), "'ll": ("will",),
    "'d": ("would",), "'s": (),
}
_IRREGULAR_NOT: Mapping[str, str] = {"can't": "can", "won't": "will", "shan't": "shall"}

#: Closed word classes per language: the tag a word stands for in class pairs.
_CLASSES: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        "I": frozenset({"i", "me", "my", "mine", "myself"}),
        "YOU": frozenset({"you", "your", "yours", "yourself", "yourselves"}),
        "THEY": frozenset({"they", "them", "their", "theirs", "he", "she", "him", "her",
                           "his", "someone", "somebody", "whoever"}),
        "NEG": frozenset({"not", "no", "never", "nothing", "nobody", "none", "neither", "nor",
                          "without", "hardly", "barely", "cannot"}),
        "CF": frozenset({"would", "should", "could", "might", "must", "ought"}),
        "HIRE": frozenset({"decision", "decide", "decided", "choice", "chose", "choose",
                           "chosen", "hire", "hired", "hiring", "candidate", "candidates",
                           "process", "interview", "interviews", "panel", "recruiter",
                           "rejection", "reject", "rejected", "offer", "position", "role",
                           "job", "selected", "selection", "application", "applied",
                           "outcome", "result", "news", "shortlist", "round", "rounds"}),
        "WHY": frozenset({"why", "how", "what", "reason", "reasons", "explain", "explanation",
                          "feedback", "criteria"}),
        "INTENSE": frozenset({"so", "very", "really", "truly", "absolutely", "completely",
                              "totally", "utterly", "frankly", "honestly", "simply", "clearly",
                              "obviously", "even", "just", "at", "all", "ever"}),
        "MORE": frozenset({"more", "better", "less", "worse", "than", "instead", "over",
                           "rather"}),
        "GOOD": frozenset({"thank", "thanks", "grateful", "glad", "happy", "enjoy", "enjoyed",
                           "appreciate", "appreciated", "wish", "well", "pleasure", "understand",
                           "accept", "respect", "welcome", "look", "forward", "learned",
                           "kind", "kindly", "generous", "valuable", "interesting", "impressed",
                           "excited", "delighted", "congratulations", "luck", "good", "great",
                           "best", "excellent", "sincerely", "genuinely", "warm", "helpful",
                           "insightful", "thoughtful", "clear", "open", "friendly", "honour",
                           "honor", "privilege", "inspiring", "admire", "value", "valued"}),
        "BAD": frozenset({"angry", "furious", "unfair", "unjust", "disappointed",
                          "disappointing", "frustrated", "frustrating", "bitter", "wasted",
                          "waste", "ignored", "insulting", "ridiculous", "absurd", "shame",
                          "shocked", "sorry", "mistake", "wrong", "regret", "failed", "fail",
                          "poor", "poorly", "rude", "late", "slow", "unprofessional", "hurt",
                          "blame", "fault", "desperate", "beg", "need", "nothing", "worse",
                          "worst", "lost", "less", "cheaper", "unpaid", "lower"}),
        "WORK": frozenset({"built", "led", "cut", "reduced", "fixed", "launched", "designed",
                           "delivered", "managed", "improved", "created", "ran", "wrote",
                           "found", "saved", "trained", "automated", "shipped", "grew",
                           "negotiated", "team", "project", "customers", "clients", "data"}),
        "BUT": frozenset({"but", "although", "though", "yet", "still", "however", "while",
                          "whereas", "despite"}),
    },
    "de": {
        "I": frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner",
                        "meines"}),
        "YOU": frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
                          "du", "dich", "dir", "dein", "deine", "deinen", "euch", "euer",
                          "eure"}),
        "THEY": frozenset({"er", "ihn", "ihm", "sein", "seine", "jemand", "jemanden",
                           "wer", "person", "man"}),
        "NEG": frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie",
                          "niemals", "nichts", "niemand", "ohne", "kaum", "weder", "noch"}),
        "CF": frozenset({"hatte", "hatten", "ware", "waren", "wurde", "wurden", "konnte",
                         "konnten", "sollte", "sollten", "musste", "mussten", "durfte"}),
        "HIRE": frozenset({"entscheidung", "entschieden", "entscheiden", "absage",
                           "abgesagt", "ablehnung", "abgelehnt", "bewerbung", "bewerber",
                           "kandidat", "kandidaten", "verfahren", "prozess", "auswahl",
                           "eingestellt", "einstellen", "stelle", "gesprach", "gesprache",
                           "interview", "runde", "runden", "zusage", "ergebnis",
                           "nachricht", "position", "wahl", "gewahlt", "ausgewahlt"}),
        "WHY": frozenset({"warum", "wieso", "weshalb", "weswegen", "wie", "was", "grund",
                          "grunde", "begrundung", "begrunden", "erklaren", "erklarung",
                          "feedback", "ruckmeldung", "kriterien"}),
        "INTENSE": frozenset({"so", "sehr", "wirklich", "vollig", "absolut", "total",
                              "ehrlich", "einfach", "offensichtlich", "gar", "uberhaupt",
                              "doch", "eigentlich", "wohl", "ja", "schon"}),
        "MORE": frozenset({"mehr", "besser", "weniger", "schlechter", "als", "statt",
                           "anstatt", "lieber"}),
        "GOOD": frozenset({"danke", "dank", "dankbar", "bedanke", "freue", "freuen", "gern",
                           "gerne", "schon", "angenehm", "wunsche", "wunsch", "alles", "gute",
                           "verstandnis", "verstehe", "akzeptiere", "respektiere", "gelernt",
                           "spannend", "interessant", "beeindruckt", "erfolg", "gluck",
                           "wertvoll", "herzlich", "bedauern", "gut", "besten", "beste",
                           "klar", "klare", "offen", "offene", "hilfreich", "freundlich",
                           "schatze", "schatzen", "geschatzt", "angenehme", "wertschatzend",
                           "inspirierend", "bewundere", "ehre"}),
        "BAD": frozenset({"wutend", "verargert", "sauer", "ungerecht", "unfair", "enttauscht",
                          "enttauschend", "frustriert", "frustrierend", "bitter", "verschwendet",
                          "ignoriert", "unverschamt", "lacherlich", "absurd", "schade",
                          "schockiert", "fehler", "falsch", "bereuen", "gescheitert",
                          "schlecht", "unhoflich", "spat", "langsam", "unprofessionell",
                          "verletzt", "schuld", "verzweifelt", "flehe", "brauche", "dringend",
                          "nichts", "weniger", "billiger", "unbezahlt", "niedriger"}),
        "WORK": frozenset({"aufgebaut", "geleitet", "gesenkt", "reduziert", "behoben",
                           "eingefuhrt", "entwickelt", "geliefert", "verbessert", "erstellt",
                           "gefunden", "gespart", "geschult", "automatisiert", "verhandelt",
                           "team", "projekt", "kunden", "daten"}),
        "BUT": frozenset({"aber", "obwohl", "doch", "trotzdem", "dennoch", "jedoch", "zwar",
                          "wahrend", "trotz"}),
    },
}

#: Openings that make a sentence an instruction to the reader.
_IMPERATIVE: Mapping[str, frozenset[str]] = {
    "en": frozenset({"tell", "explain", "let", "give", "send", "reconsider", "please", "call",
                     "show", "share", "reply", "answer", "think", "consider", "ask", "look",
                     "don't", "do", "take", "keep", "remember", "rethink", "review"}),
    "de": frozenset({"sagen", "erklaren", "nennen", "teilen", "geben", "schicken", "senden",
                     "bitte", "uberdenken", "uberlegen", "denken", "lassen", "rufen",
                     "antworten", "schauen", "sehen", "prufen", "nehmen"}),
}

_EN_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("ly", ""),
                ("es", ""), ("s", ""))
_DE_SUFFIXES = (("ungen", "ung"), ("en", ""), ("er", ""), ("es", ""), ("em", ""),
                ("e", ""), ("n", ""), ("s", ""), ("t", ""))


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a sentence: its lemma-ish form and its span in the plain text."""

    lemma: str
    word: str
    start: int
    end: int


def _lemma(word: str, language: str) -> str:
    """A crude stem that folds the common inflections together (not a dictionary form)."""
    suffixes = _EN_SUFFIXES if language == "en" else _DE_SUFFIXES
    shortest = 4 if language == "en" else 5
    for suffix, replacement in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest - 1:
            return word[: len(word) - len(suffix)] + replacement
    return word


#: The class words of the letter's own names, and the class tokens they are read as.
_CLASS_WORDS: Mapping[str, str] = {"their_org": "<org>", "their_name": "<name>"}


def tokens(lower: str, start: int, end: int, language: str) -> list[Token]:
    """The words of ``lower[start:end]``, clitics split off, in one linear pass."""
    found: list[Token] = []
    for hit in linear(_WORD).finditer(lower[start:end]):
        word = lower[start + hit.start:start + hit.end]
        first, last = start + hit.start, start + hit.end
        if word in _CLASS_WORDS:
            found.append(Token(_CLASS_WORDS[word], word, first, last))
            continue
        if language == "en" and "'" in word:
            if word in _IRREGULAR_NOT:
                found.append(Token(_IRREGULAR_NOT[word], word, first, last))
                found.append(Token("not", word, first, last))
                continue
            head, _, tail = word.partition("'")
            clitic = "n't" if head.endswith("n") and tail == "t" else "'" + tail
            if clitic == "n't":
                head = head[:-1]
            if clitic in _CLITICS:
                found.append(Token(_lemma(head, language), word, first, last))
                found.extend(Token(extra, word, first, last) for extra in _CLITICS[clitic])
                continue
            word = head
        found.append(Token(_lemma(word, language), word, first, last))
    return found


#: The class tokens a proper name is read as: the letter's own organisation, and
#: any other name (a person, a place, another company).
ORG = _CLASS_WORDS["their_org"]
NAME = _CLASS_WORDS["their_name"]
_CLASS_TOKENS = frozenset({ORG, NAME})

#: Words after which a capitalised word is a person's name ("Ms. Park", "Herrn Lenz").
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "herrn", "frau"})


@dataclass(frozen=True, slots=True)
class Names:
    """What tells a proper name from a word, so the scorer learns language, not names.

    The letter's own names (the organisation, the people its data names) come
    already as class words (``rules.their_side``: "their_org", "their_name") and
    are read as ``ORG`` and ``NAME``. ``known`` holds the lemmas that are words
    even when written with a capital inside a sentence; any other capitalised
    word there is read as ``NAME``.
    Training decides ``known`` from the corpus's casing, scoring from the words
    the model has weights for, so a name the corpus taught cannot come back as a
    word.
    """

    #: None: no word is read as a name for its capital alone.
    known: Collection[str] | None = None


#: Acronyms that are ordinary words of letters like these (a department, a document, a
#: degree, a tool's kind), never a company's name: written in capitals, they stay words.
#: Any other word written wholly in capitals ("DHL", "SAP", "NASA") is read as a name
#: unless its scorer knows it as a word (a shouted "NEVER" is "never").
ACRONYMS = frozenset({
    "hr", "cv", "pdf", "ceo", "cto", "cfo", "coo", "vp", "it", "qa", "ui", "ux", "api",
    "sql", "xml", "url", "erp", "crm", "kpi", "okr", "roi", "ai", "ml", "bi", "etl", "cad",
    "cpa", "cfa", "mba", "phd", "msc", "bsc", "gcse", "iso", "yaml", "json", "csv", "sme",
    "hgv", "ki", "edv", "bwl", "ok", "faq", "pm", "usd", "eur", "gbp", "b2b", "saas",
    "q1", "q2", "q3", "q4"})


def _is_capitalised(cased: str, token: Token, known: Collection[str] | None = None) -> bool:
    """Whether a word is written as a name may be: with a capital and then at least one
    small letter, or (when ``known`` is given) wholly in capitals and neither one of the
    ``ACRONYMS`` nor a word ``known`` holds."""
    written = cased[token.start:token.end]
    if len(written) < 2 or not written[0].isupper():
        return False
    if any(c.islower() for c in written[1:]):
        return True
    return known is not None and any(c.isalpha() for c in written) \
        and token.word not in ACRONYMS and token.lemma not in ACRONYMS \
        and token.lemma not in known


#: What may stand between two words of one name ("Brask + Moe", "Smith & Sons").
_NAME_JOINS = frozenset({"", "+", "&", "-", "."})


def name_classes(words: list[Token], cased: str, language: str,
                 names: Names) -> list[Token]:
    """The words with each proper name replaced by its class token, a run of one class
    ("Quarrow Freight", "Tomás Ortega") read as one token.

    The letter's own names are class words already; a capitalised word is a
    person's name when it follows a title; and any other
    name when it is capitalised, is no closed-class word and is not one of
    ``names.known`` (a sentence's opening word too: a word the model has no weight
    for loses nothing by being read as a name).
    """
    closed = _CLOSED[language]
    found: list[Token] = []
    for index, token in enumerate(words):
        capital = _is_capitalised(cased, token, names.known)
        titled = index and words[index - 1].word in _TITLES \
            and cased[token.start:token.start + 1].isupper()  # "Frau O'Briain" too
        kind = ""
        if token.lemma in (ORG, NAME):
            kind = token.lemma
        elif titled or (capital and names.known is not None and token.word not in closed
                        and token.lemma not in closed and token.lemma not in names.known):
            kind = NAME
        if not kind:
            found.append(token)
        elif found and found[-1].lemma == kind and found[-1].end <= token.start \
                and cased[found[-1].end:token.start].strip() in _NAME_JOINS:
            found[-1] = Token(kind, found[-1].word, found[-1].start, token.end)
        else:
            found.append(Token(kind, token.word, token.start, token.end))
    return found


#: German words that are the addressee when capitalised and a third person when not.
_DE_POLITE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})


def _tags(token: Token, language: str, cased: str) -> tuple[str, ...]:
    """The closed classes a word belongs to (a word may sit in several)."""
    if token.lemma == ORG:
        return ("ORG",)
    if token.lemma == NAME:
        return ("NAME",)
    if language == "de" and token.word in _DE_POLITE:
        return ("YOU",) if cased[token.start:token.start + 1].isupper() else ("THEY",)
    return tuple(tag for tag, words in _CLASSES[language].items()
                 if token.word in words or token.lemma in words)


#: Words that open a new clause (the word itself belongs to the new clause).
_CLAUSE_OPENERS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"and", "but", "because", "since", "which", "who", "whom", "whose",
                     "that", "when", "while", "although", "though", "if", "so", "whereas",
                     "unless", "until", "after", "before", "as", "or", "yet"}),
    "de": frozenset({"und", "aber", "weil", "dass", "denn", "obwohl", "wenn", "als", "da",
                     "sondern", "wahrend", "nachdem", "ob", "damit", "bevor", "oder",
                     "falls", "sobald", "der", "die", "das", "dem", "den", "deren",
                     "dessen"}),
}
#: Marks between two words that end a clause.
_CLAUSE_MARKS = frozenset(",;:()[]\"")

#: Who a clause is about, read from its first actor word: the writer ("I"), the
#: writer's own work ("my ..."), the reader ("you"), the reader's side ("your ...":
#: the company, or the decision when a hiring word follows), the hiring itself, a
#: third person (the one hired, "someone"), or a bare "it"/"this".
_ACTORS: Mapping[str, Mapping[str, str]] = {
    "en": {"i": "WRITER", "my": "OWN", "mine": "OWN", "our": "OWN", "we": "OWN",
           "you": "YOU", "your": "YOURS", "yours": "YOURS",
           "they": "OTHER", "he": "OTHER", "she": "OTHER", "someone": "OTHER",
           "somebody": "OTHER", "whoever": "OTHER", "anyone": "OTHER", "nobody": "OTHER",
           "it": "IT", "this": "IT", "that": "IT"},
    "de": {"ich": "WRITER", "mein": "OWN", "meine": "OWN", "meinen": "OWN", "meinem": "OWN",
           "meiner": "OWN", "meines": "OWN", "wir": "OWN", "unser": "OWN", "unsere": "OWN",
           "du": "YOU", "dein": "YOURS", "deine": "YOURS", "deinen": "YOURS", "ihr": "YOURS",
           "ihre": "YOURS", "ihren": "YOURS", "ihrem": "YOURS", "ihrer": "YOURS",
           "ihres": "YOURS", "sie": "YOU", "ihnen": "YOU", "er": "OTHER", "jemand": "OTHER",
           "jemanden": "OTHER", "wer": "OTHER", "man": "OTHER", "es": "IT", "dies": "IT",
           "das": "IT"},
}


#: Per language, the closed-class words: never read as a name, whatever their case.
_CLOSED: Mapping[str, frozenset[str]] = {
    language: frozenset().union(*classes.values(), _IMPERATIVE[language],
                                _CLAUSE_OPENERS[language], _ACTORS[language])
    for language, classes in _CLASSES.items()}


def _clauses(words: list[Token], lower: str, language: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as ranges of word positions, cut at punctuation and
    at the words that open a subordinate or coordinate clause."""
    cuts = [0]
    openers = _CLAUSE_OPENERS[language]
    for index in range(1, len(words)):
        between = lower[words[index - 1].end:words[index].start]
        dash = "-" in between and " " in between  # a dash between words, not a hyphen
        if dash or any(mark in _CLAUSE_MARKS for mark in between) \
                or words[index].word in openers:
            cuts.append(index)
    cuts.append(len(words))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _actor(words: list[Token], tags: list[tuple[str, ...]], first: int, last: int,
           language: str, cased: str) -> tuple[str, int]:
    """Who the clause ``words[first:last]`` is about, and the position of that word."""
    actors = _ACTORS[language]
    for index in range(first, last):
        token = words[index]
        role = actors.get(token.word, "")
        if token.lemma == ORG:
            role = "COMPANY"
        elif token.lemma == NAME:
            role = "OTHER"
        if language == "de" and token.word in _DE_POLITE:
            upper = cased[token.start:token.start + 1].isupper()
            role = ("YOURS" if token.word.startswith("ihr") else "YOU") if upper else "OTHER"
            if not upper and token.word == "ihr":
                role = "YOURS" if index > first else "OTHER"
        if role == "IT" and language == "de" and index > first:
            role = ""  # an article inside the clause, not its subject
        if role == "YOURS":
            ahead = range(index + 1, min(index + 4, last))
            return ("DECISION" if any("HIRE" in tags[i] for i in ahead) else "COMPANY"), index
        if role:
            return role, index
        if "HIRE" in tags[index]:
            return "DECISION", index
    return "NONE", first


#: A feature and the span of plain text that shows it (None: the sentence as a whole).
Feature = tuple[str, tuple[int, int] | None]

#: The classes whose place matters most: in a clause aimed at the hiring or the reader,
#: or in one about the writer's own work ("mistake" in "rejecting me was a mistake" and
#: in "I found a mistake in our model").
_AIMED_TAGS = frozenset({"BAD", "NEG", "GOOD", "WHY", "CF", "MORE", "INTENSE", "THEY"})


def target(text: Plain, start: int, end: int, language: str) -> str:
    """What ``text[start:end]`` (a sentence or one of its clauses) points at, read by the
    tone frames' own target analysis (``aim``): "them" (the hiring, the decision or the
    reader), "work" (a story of work, the writer's own or the company's) or
    "elsewhere" (another matter)."""
    from .addressee_de import masked_third_person
    from .aim import aim, quoted_questions_masked

    words = text.lower[start:end]
    original = text.text[start:end]
    if language == "de":
        words = masked_third_person(original, words)
    return aim(quoted_questions_masked(words), language, original)


def features(text: Plain, start: int, end: int, language: str,
             section: str, names: Names | None = None) -> list[Feature]:
    """The features of one sentence of ``text`` (its plain form from ``start`` to ``end``).

    ``section`` is the kind of the section the sentence sits in; ``names`` tells
    the proper names, which are read as class tokens (see :func:`name_classes`).
    The function is
    linear in the sentence: one tokenising pass, then a fixed amount of work a word.
    """
    lower = text.lower
    words = name_classes(tokens(lower, start, end, language), text.text, language,
                         names or Names())
    found: list[Feature] = [("bias", None), (f"sec={section}", None)]
    tags = [_tags(t, language, text.text) for t in words]
    present: set[str] = set()
    for index, token in enumerate(words):
        # a name's class token never weighs by itself (naming the company is no
        # complaint): it counts only in who-does-what and in class order
        named = token.lemma in _CLASS_TOKENS
        if not named:
            found.append((f"w={token.lemma}", (token.start, token.end)))
        if language == "de" and len(token.word) >= 9 and not named:
            # a German compound's head carries its meaning ("...gesprach")
            found.append((f"h={token.word[-6:]}", (token.start, token.end)))
        if index + 1 < len(words) and not named \
                and words[index + 1].lemma not in _CLASS_TOKENS:
            after = words[index + 1]
            found.append((f"b={token.lemma}_{after.lemma}", (token.start, after.end)))
        for tag in tags[index]:
            if not named:
                present.add(tag)
                found.append((f"c={tag}", (token.start, token.end)))
            for ahead in range(index + 1, min(index + 4, len(words))):
                for other in tags[ahead]:
                    if other != tag:
                        found.append((f"cc={tag}>{other}", (token.start, words[ahead].end)))
    if words:
        # who does what: each clause's actor, alone and with the classes beside it
        question = lower[start:end].rstrip().endswith("?")
        for begin, stop in _clauses(words, lower, language):
            role, at = _actor(words, tags, begin, stop, language, text.text)
            span = (words[at].start, words[at].end)
            found.append((f"r={role}", span))
            if question:
                found.append((f"r={role}&q", span))
            found.append((f"r={role}&sec={section}", span))
            inside = {tag for i in range(begin, stop) for tag in tags[i]}
            for tag in sorted(inside):
                found.append((f"r={role}&{tag}", span))
            # what the clause points at, as the frames read it, with who it is about
            # and the classes that weigh differently there
            aimed = target(text, words[begin].start, words[stop - 1].end, language)
            found.append((f"ca={aimed}", span))
            found.append((f"r={role}&ca={aimed}", span))
            for tag in sorted(inside & _AIMED_TAGS):
                found.append((f"ca={aimed}&{tag}", span))
        found.append((f"aim={target(text, start, end, language)}", None))
        # whether the sentence has gracious words, hard words or negation, or both
        signs = ("+" if "GOOD" in present else "") + \
            ("-" if present & {"BAD", "NEG"} else "")
        found.append((f"polarity={signs or '0'}", None))
        if words[0].lemma not in _CLASS_TOKENS:
            found.append((f"first={words[0].lemma}", (words[0].start, words[0].end)))
    if words and "YOU" in tags[0]:
        found.append(("you-first", (words[0].start, words[0].end)))
    if words and words[0].word in _IMPERATIVE[language]:
        found.append(("imperative", (words[0].start, words[0].end)))
    tail = lower[start:end].rstrip()
    if tail.endswith("?"):
        found.append(("question", None))
        found.extend((f"question&{tag}", None) for tag in sorted(present))
    if "!" in tail:
        found.append(("exclaim", None))
    ordered = sorted(present)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            found.append((f"with={first}&{second}", None))
        found.append((f"sec={section}&{first}", None))
    return found
