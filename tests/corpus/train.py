"""Train the learned scorer on the labelled corpus and write its weights file.

    python tests/corpus/train.py            # train on every part, write the weights
    python tests/corpus/train.py --check    # exit 1 if the weights are not from this corpus

The model is logistic regression, one per language and per rule (RJ007 tone,
RJ003 feedback in the body), over the features of
``rejectlet.rules.learned_features``. Training is plain Python and
deterministic: a fixed number of passes of AdaGrad over the rows in a fixed,
seeded order, with L2 shrinkage; the same corpus gives the same file, byte for
byte. Features seen fewer than ``MIN_COUNT`` times are dropped and weights are
rounded, which keeps the file small.

Beside each language's rule models, one small model per kind of bad sentence
(a tone frame's name: blame, pleading ...) is trained on the tone rule's bad
rows, one against the rest, and cut to its strongest weights; a finding uses
it only to say what kind of sentence it took the sentence for.

The weights file records a hash of the rows it was trained on, so a test can
tell when the corpus changed and the weights must be trained again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WEIGHTS = ROOT / "src" / "rejectlet" / "rules" / "learned_weights.json"
#: The rules the scorer learns, and the section kinds their findings may be in.
CODES = ("RJ007", "RJ003")
EPOCHS = 10
RATE = 0.3
L2 = 0.05
MIN_COUNT = 2
#: The fewest rounds (parts or blocks, each a writer or a sitting) whose rows must
#: show a feature for the rule models to weigh it.
MIN_ROUNDS = 2
#: Whether bad and good rows weigh the same in total (the corpus is not balanced).
BALANCED = True
SEED = 14
#: How many weights each purpose keeps (the strongest), and the fewest rows a purpose
#: needs to be learned at all.
PURPOSE_WEIGHTS = 150
PURPOSE_ROWS = 10
#: The score above which a language's heads speak; chosen by ``score.py --leave-one-out
#: --independent --calibrate`` as the thresholds at which frames and model together catch
#: the most bad sentences of the independent writers' parts while alarming on at most
#: 4.5% of the good sentences of each of them (``score.BOTH_ALARM_BUDGET``), in round
#: twelve (docs/rules.md gives the figures).
THRESHOLDS = {"en": 0.906, "de": 0.796}
#: The score at or above which a finding aimed at the hiring or the reader is an error
#: (above 1: never); chosen by ``score.py --leave-one-out --calibrate`` as just above the
#: highest such score of any good sentence of every independent writer's part: in round
#: twelve for English; German keeps round eleven's level, because the level that refuses
#: none (0.994) takes the severity agreement of three parts below their floors
#: (docs/rules.md says which good sentences it would refuse).
ERROR_AT = {"en": 0.983, "de": 0.969}


@dataclass(frozen=True)
class Row:
    """One training sentence: its language, section, text and labels."""

    language: str
    section: str
    text: str
    codes: frozenset[str]
    purpose: str = ""
    #: The round the row was written in (part and block), so training can tell a
    #: sign many writers use from one writer's topic word.
    round: str = ""
    #: The organisation in the letter's data, whose name the rules read as a class word.
    organization: str = ""


def rows_of(examples: Iterable[Any]) -> list[Row]:
    """Training rows from corpus examples (``score.Example``)."""
    return [Row(e.language, e.section, e.text, frozenset(e.expect), e.purpose,
                f"{e.part}#{e.block}", e.organization) for e in examples]


#: Determiners and prepositions fused with an article: a capitalised German word after
#: one of them is a noun, not a name.
_DE_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines", "mein", "meine",
    "meinen", "meinem", "meiner", "meines", "ihr", "ihre", "ihren", "ihrem", "ihrer",
    "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "dies", "diese",
    "diesen", "diesem", "dieser", "dieses", "jede", "jeden", "jedem", "jeder", "jedes",
    "welche", "welchen", "welcher", "zum", "zur", "im", "am", "vom", "beim", "ins", "ans"})
#: Endings that make a capitalised German word a common noun.
_DE_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                    "tion", "tionen", "nis", "nisse", "tum", "ismus", "chen", "ment", "tat",
                    "enz", "anz", "ling", "ei", "ik", "ur")


#: Words before an article that, after a title or a first name, make what follows a
#: family name ("Herrn von der Heydt").
_DE_PARTICLES = frozenset({"von", "van", "de"})
#: Legal forms: a capitalised word right before one is part of a company's name.
_LEGAL_FORMS = frozenset({"gmbh", "ag", "kg", "se", "ug", "ohg", "ev", "mbh", "ltd", "inc",
                          "plc", "llc", "llp", "co", "corp", "sa", "bv", "nv"})


def known_words(rows: Sequence[Row], language: str) -> frozenset[str]:
    """The lemmas of a language's rows that are words, not names.

    A capitalised word (or one written wholly in capitals, other than the
    ``ACRONYMS`` of ``learned_features``) is a word only on evidence that it is
    one. In English the evidence is the word written in lower case somewhere in
    the corpus; a word the corpus writes only with a capital, at a sentence's
    opening or inside it, is a name. In German, where every noun is capitalised,
    it is the word in lower case, a common noun's ending, a word that opens a
    sentence and is never seen as a name, or the word used as a common noun: after
    an article or an inflected adjective in at least a third of its uses inside a
    sentence, not as the first word of a company's name ("der Hanse Fracht AG",
    "der Musterfirma GmbH") and not after a particle ("von der Heydt"). A word
    written with a capital after a small letter ("LogiMAT") is a brand wherever
    else it stands. A name the corpus happens to use (a city, a person, another company)
    is then read as a name, and no weight is learned for it, alone or in a pair.
    """
    from rejectlet.rules.learned_features import ACRONYMS, tokens

    lower: set[str] = set()
    opening: set[str] = set()
    named: set[str] = set()
    capital: Counter[str] = Counter()
    noun: Counter[str] = Counter()
    seen: set[str] = set()
    for row in rows:
        if row.language != language:
            continue
        text = reading(row)
        words = tokens(text.lower, 0, len(text.lower), language)
        for index, token in enumerate(words):
            seen.add(token.lemma)
            written = text.text[token.start:token.end]
            before = words[index - 1] if index else None
            if not written[:1].isupper():
                lower.add(token.lemma)
            elif any(a.islower() and b.isupper() for a, b in pairwise(written)):
                named.add(token.lemma)  # a brand written with an inner capital
            elif before is not None and before.word in _TITLES:
                capital[token.lemma] += 1  # a person's name after a title
            elif not any(c.islower() for c in written[1:]):
                if len(written) > 1 and token.lemma not in ACRONYMS \
                        and token.word not in ACRONYMS:
                    capital[token.lemma] += 1  # wholly in capitals: a name unless shown
            elif before is None or _opens(text.text[before.end:token.start]):
                opening.add(token.lemma)
            else:
                capital[token.lemma] += 1
                if language == "de" and _common_noun(text.text, words, index):
                    noun[token.lemma] += 1
    names = (set(capital) | named) - lower
    if language == "en":
        names |= opening - lower
    else:
        names = {w for w in names if w in named or (
            noun[w] * 3 < capital[w] and not w.endswith(_DE_NOUN_ENDINGS))}
    return frozenset(seen - names)


#: Titles after which a capitalised word is a person's name.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "herrn", "frau"})


def _determined(cased: str, words: Sequence[Any], index: int) -> bool:
    """Whether ``words[index]`` follows an article, a possessive or an inflected adjective
    (so a capitalised German word there is a noun of a noun phrase)."""
    if not index:
        return False
    before = words[index - 1]
    return before.word in _DE_DETERMINERS or (
        cased[before.start:before.start + 1].islower()
        and before.word.endswith(("e", "en", "er", "es", "em")))


def _common_noun(cased: str, words: Sequence[Any], index: int) -> bool:
    """Whether the German word ``words[index]`` stands as a common noun: after an
    article or an inflected adjective, not after a name's particle, and not as the
    first of capitalised words that end in a legal form (then it begins a name)."""
    if not _determined(cased, words, index):
        return False
    if index >= 3 and words[index - 1].word in ("der", "den", "dem") \
            and words[index - 2].word in _DE_PARTICLES:
        # "Herrn von der Heydt", "Annegret von der Heydt"; not "einen Bewerber von der
        # Stange", where the word before the particle is a common noun itself
        person = words[index - 3]
        if person.word in _TITLES or (cased[person.start:person.start + 1].isupper()
                                      and not _determined(cased, words, index - 3)):
            return False
    # the first word of a company's name: capitalised words up to a legal form
    for ahead in words[index + 1:index + 4]:
        if ahead.word in _LEGAL_FORMS:
            return False
        if not cased[ahead.start:ahead.start + 1].isupper():
            break
    return True


def _opens(between: str) -> bool:
    """Whether the text between two words ends a sentence (the next word opens one)."""
    return any(mark in between for mark in ".!?:\n\"")


def reading(row: Row) -> Any:
    """A row's text as the rules read it in its letter: plain, with the organisation
    the row's data names read as a class word."""
    from rejectlet.rules.their_side import names_in, read

    return read(row.text, *names_in({"organization": row.organization}))


def corpus_hash(rows: Sequence[Row]) -> str:
    """A hash of the training rows, order included, stored with the weights."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\t".join((row.language, row.section, ",".join(sorted(row.codes)),
                                 row.purpose, row.text)).encode("utf-8") + b"\n")
    return digest.hexdigest()


def featurise(row: Row, known: Collection[str] | None = None) -> list[str]:
    """The feature names of one row (each once), read as the rules read it in its
    letter (the organisation as a class word); ``known`` as :func:`known_words` gives."""
    from rejectlet.rules.learned_features import Names, features

    text = reading(row)
    names = Names(known)
    return sorted({name for name, _ in features(text, 0, len(text.lower), row.language,
                                                 row.section, names)})


def featurise_all(rows: Sequence[Row]) -> list[list[str]]:
    """The features of every row, names told apart by the casing of these rows."""
    known = {language: known_words(rows, language) for language in {r.language for r in rows}}
    return [featurise(row, known[row.language]) for row in rows]


def fit(rows: Sequence[Row], code: str, vectors: Sequence[list[str]]) -> dict[str, float]:
    """Logistic regression for one rule over the rows' feature names."""
    return _fit([1.0 if code in row.codes else 0.0 for row in rows], vectors,
                [row.round for row in rows])


def purposes(rows: Sequence[Row], vectors: Sequence[list[str]]) -> dict[str, dict[str, float]]:
    """One-against-the-rest models of what a bad sentence does (blame, pleading ...),
    trained on the tone rule's bad rows, each cut to its strongest weights: they only
    name the kind of sentence in a finding's message, never decide one."""
    bad = [i for i, row in enumerate(rows) if "RJ007" in row.codes and row.purpose]
    counts = Counter(rows[i].purpose for i in bad)
    found = {}
    for purpose in sorted(p for p, n in counts.items() if n >= PURPOSE_ROWS):
        weights = _fit([1.0 if rows[i].purpose == purpose else 0.0 for i in bad],
                       [vectors[i] for i in bad])
        strongest = sorted(weights.items(), key=lambda item: (-abs(item[1]), item[0]))
        found[purpose] = dict(sorted(strongest[:PURPOSE_WEIGHTS]))
    return found


def _fit(labels: Sequence[float], vectors: Sequence[list[str]],
         rounds: Sequence[str] | None = None) -> dict[str, float]:
    """Logistic regression over the feature names, by AdaGrad in a seeded order.

    With ``rounds`` (the round of each row), a feature is kept only when rows of
    at least ``MIN_ROUNDS`` rounds show it: a word only one writer used is that
    writer's topic, not a sign the next writer will give.
    """
    counts = Counter(name for vector in vectors for name in vector)
    spread: Counter[str] = Counter()
    if rounds is not None:
        spread = Counter(name for _, name in {(r, n) for r, v in zip(rounds, vectors,
                                                                      strict=True) for n in v})
    kept = [[name for name in vector if name == "bias" or (
        counts[name] >= MIN_COUNT and (rounds is None or spread[name] >= MIN_ROUNDS))]
        for vector in vectors]
    positive = sum(labels)
    balance = {1.0: len(labels) / (2 * positive) if BALANCED and positive else 1.0,
               0.0: len(labels) / (2 * (len(labels) - positive))
               if BALANCED and positive < len(labels) else 1.0}
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(labels)))
    shuffle = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            vector = kept[index]
            total = sum(weights.get(name, 0.0) for name in vector)
            chance = 1.0 / (1.0 + math.exp(-max(min(total, 40.0), -40.0)))
            error = (chance - labels[index]) * balance[labels[index]]
            for name in vector:
                weight = weights.get(name, 0.0)
                gradient = error + L2 * weight
                squares[name] = squares.get(name, 0.0) + gradient * gradient
                weights[name] = weight - RATE * gradient / math.sqrt(squares[name] + 1e-8)
    return {name: round(weight, 2) for name, weight in sorted(weights.items())
            if abs(weight) >= 0.01}


def train(rows: Sequence[Row], only: Iterable[str] | None = None, *,
          explain: bool = True,
          vectors: Sequence[list[str]] | None = None) -> dict[str, Any]:
    """Every language's heads (or those of the languages in ``only``), as the weights
    file holds them: per language, the feature names once, and per head a threshold
    and the weights in the order of the names; with ``explain``, the purposes too.

    ``vectors``, when given, are the rows' features already computed (one list per
    row, in the rows' order), so that a leave-one-out run featurises each row once.
    """
    languages: dict[str, Any] = {}
    wanted = set(only) if only is not None else {row.language for row in rows}
    for language in sorted(wanted):
        chosen = [i for i, row in enumerate(rows) if row.language == language]
        mine = [rows[i] for i in chosen]
        vectors_ = [vectors[i] for i in chosen] if vectors is not None else \
            featurise_all(mine)
        fitted = {code: fit(mine, code, vectors_) for code in CODES}
        names = sorted({name for weights in fitted.values() for name in weights})
        languages[language] = {
            "features": names,
            "heads": {code: {"threshold": THRESHOLDS[language], "error_at": ERROR_AT[language],
                             "weights": [weights.get(name, 0.0) for name in names]}
                      for code, weights in fitted.items()}}
        if explain:
            languages[language]["purposes"] = purposes(mine, vectors_)
    return {"languages": languages}


def corpus_rows() -> list[Row]:
    """Every row of every part present, in the order of ``score.PARTS``."""
    from tests.corpus import score

    return rows_of(e for part in score.PARTS if (HERE / f"{part}.tsv").exists()
                   for e in score.read_part(part))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the weights file was not trained on this corpus")
    args = parser.parse_args(argv)
    rows = corpus_rows()
    digest = corpus_hash(rows)
    if args.check:
        stored = json.loads(WEIGHTS.read_text(encoding="utf-8")).get("corpus_sha256")
        if stored != digest:
            print("the weights were trained on another corpus: run tests/corpus/train.py")
            return 1
        return 0
    model = train(rows)
    model = {"corpus_sha256": digest, "rows": len(rows), **model}
    WEIGHTS.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                       encoding="utf-8")
    print(f"trained on {len(rows)} rows; wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
