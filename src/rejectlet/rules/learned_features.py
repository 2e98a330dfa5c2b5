"""What the learned scorer sees in a sentence: words, word classes and shapes.

The hand-written frames list what a complaint says; a linear model can weigh
many small signs instead, and a sign it learned from one writer's sentences may
carry to the next writer's. The signs are kept simple so they generalise and so
a finding can quote them: lemma-ish words and word pairs, a few closed word
classes (the writer, the addressee, negation, the hiring as a topic, the
counterfactual), the class pairs those make in order ("you" then "not"), the
sentence's shape (a question, an exclamation, an imperative opening) and the
section the sentence sits in.

The word classes are small, closed and written for this scorer alone; they do
not borrow the frames' tuned lexicons, so that the leave-one-part-out estimate
of the scorer is not coloured by lists that were widened after reading the part
held out. The same function feeds training (tests/corpus/train.py) and scoring,
so a feature means the same thing in both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .linear import linear
from .reading import Plain

#: A word of the plain (ASCII, lower-case) form, with an English clitic kept on.
_WORD = r"[a-z0-9]+(?:'[a-z]+)?"

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
                           "excited", "delighted", "congratulations", "luck"}),
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
                           "wertvoll", "herzlich", "bedauern"}),
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


def tokens(lower: str, start: int, end: int, language: str) -> list[Token]:
    """The words of ``lower[start:end]``, clitics split off, in one linear pass."""
    found: list[Token] = []
    for hit in linear(_WORD).finditer(lower[start:end]):
        word = lower[start + hit.start:start + hit.end]
        first, last = start + hit.start, start + hit.end
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


#: German words that are the addressee when capitalised and a third person when not.
_DE_POLITE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})


def _tags(token: Token, language: str, cased: str) -> tuple[str, ...]:
    """The closed classes a word belongs to (a word may sit in several)."""
    if language == "de" and token.word in _DE_POLITE:
        return ("YOU",) if cased[token.start:token.start + 1].isupper() else ("THEY",)
    return tuple(tag for tag, words in _CLASSES[language].items()
                 if token.word in words or token.lemma in words)


#: A feature and the span of plain text that shows it (None: the sentence as a whole).
Feature = tuple[str, tuple[int, int] | None]


def features(text: Plain, start: int, end: int, language: str,
             section: str) -> list[Feature]:
    """The features of one sentence of ``text`` (its plain form from ``start`` to ``end``).

    ``section`` is the kind of the section the sentence sits in. The function is
    linear in the sentence: one tokenising pass, then a fixed amount of work a word.
    """
    lower = text.lower
    words = tokens(lower, start, end, language)
    found: list[Feature] = [("bias", None), (f"sec={section}", None)]
    tags = [_tags(t, language, text.text) for t in words]
    present: set[str] = set()
    for index, token in enumerate(words):
        found.append((f"w={token.lemma}", (token.start, token.end)))
        if language == "de" and len(token.word) >= 9:
            # a German compound's head carries its meaning ("...gesprach")
            found.append((f"h={token.word[-6:]}", (token.start, token.end)))
        if index + 1 < len(words):
            after = words[index + 1]
            found.append((f"b={token.lemma}_{after.lemma}", (token.start, after.end)))
        for tag in tags[index]:
            present.add(tag)
            found.append((f"c={tag}", (token.start, token.end)))
            for ahead in range(index + 1, min(index + 4, len(words))):
                for other in tags[ahead]:
                    if other != tag:
                        found.append((f"cc={tag}>{other}", (token.start, words[ahead].end)))
    if words:
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
