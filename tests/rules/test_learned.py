"""The learned scorer: shipped weights that match the corpus, deterministic training,
findings that quote their words, and a scan that grows with the text alone."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

from rejectlet.limits import DEFAULT_LIMITS, Meter, current_meter
from rejectlet.rules import learned
from rejectlet.rules.learned_features import features, tokens
from rejectlet.rules.reading import plain
from tests.corpus import score, train

ROOT = Path(__file__).resolve().parents[2]


def _verdicts(sentence: str, language: str = "en", section: str = "resell") -> dict[str, str]:
    chosen = learned.scorer(language)
    assert chosen is not None
    text = plain(sentence)
    found = {}
    for _, verdict in learned.judge_text(chosen, text, language, section):
        found[verdict.code] = " | ".join(text.quote(*span) for span in verdict.quotes)
    return found


def test_the_shipped_weights_were_trained_on_this_corpus() -> None:
    # a corpus row added or changed without training again fails here
    assert train.main(["--check"]) == 0, \
        "the corpus changed: run tests/corpus/train.py and commit the weights it writes"


def test_a_changed_corpus_is_told_apart_from_the_trained_one() -> None:
    rows = train.corpus_rows()
    changed = [*rows[:-1], train.Row(rows[-1].language, rows[-1].section,
                                     rows[-1].text + " ", rows[-1].codes)]
    assert train.corpus_hash(changed) != train.corpus_hash(rows)


def test_training_is_deterministic() -> None:
    rows = train.corpus_rows()[::12]
    first = train.train(rows)
    second = train.train(rows)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert any(first["languages"]["en"]["heads"]["RJ007"]["weights"])


def test_scoring_is_deterministic_and_bounded() -> None:
    chosen = learned.scorer("en")
    assert chosen is not None
    text = plain("Why did you pick someone else over me?")
    found = features(text, 0, len(text.lower), "en", "resell")
    scores = {chosen.heads["RJ007"].score(found) for _ in range(3)}
    assert len(scores) == 1
    assert 0.0 <= scores.pop() <= 1.0


def test_a_complaint_is_found_and_quoted_in_the_writers_words() -> None:
    found = _verdicts("Why didn\u2019t you pick me over someone with half my experience?")
    assert "RJ007" in found
    quoted = found["RJ007"].split(" | ")
    assert 1 <= len(quoted) <= 3
    for words in quoted:
        assert words and words in "Why didn\u2019t you pick me over someone with half my " \
            "experience?"


def test_a_feedback_request_in_the_body_is_its_own_finding() -> None:
    found = _verdicts("Please tell me exactly where I fell short in the interviews.")
    assert "RJ003" in found


def test_a_gracious_sentence_and_own_work_pass() -> None:
    assert _verdicts("Thank you for the thoughtful conversations with the team.",
                     section="gratitude") == {}
    assert _verdicts("I cut forecast bias by forty percent in my last role.") == {}
    assert _verdicts("Vielen Dank für das freundliche Gespräch mit Ihrem Team.", "de",
                     "gratitude") == {}


def test_german_has_its_own_heads() -> None:
    found = _verdicts("Warum haben Sie mich nicht genommen?", "de")
    assert "RJ007" in found


def test_features_grow_with_the_sentence_alone() -> None:
    one = plain("you never told me why " * 50)
    two = plain("you never told me why " * 100)
    small = len(features(one, 0, len(one.lower), "en", "resell"))
    large = len(features(two, 0, len(two.lower), "en", "resell"))
    # a fixed amount of work a word: twice the words, about twice the features
    assert large <= 2 * small + 10


def _names(sentence: str, language: str = "en", prefix: str = "r=") -> set[str]:
    text = plain(sentence)
    return {name for name, _ in features(text, 0, len(text.lower), language, "resell")
            if name.startswith(prefix)}


def test_each_clause_says_who_it_is_about() -> None:
    # the reader asked why, about someone else: the actor is "you", in a question
    assert {"r=YOU", "r=YOU&q", "r=YOU&THEY", "r=YOU&WHY"} <= _names(
        "Why did you pick someone else over me?")
    # the writer's own drafts and reports are the writer's, not the reader's
    own = _names("I reject my own drafts, which is why my reports rarely need a second round.")
    assert {"r=WRITER", "r=OWN"} <= own and not {n for n in own if n.startswith("r=YOU")}
    # "your" before a hiring word is the decision; before anything else, the company
    assert "r=DECISION" in _names("Your decision was wrong.")
    assert "r=COMPANY" in _names("Your open-data work is why I applied.")
    # a capitalised "Ihre" is the reader's; "Ihre Absage" is the decision
    assert "r=DECISION" in _names("Ihre Absage nehme ich mit Verständnis an.", "de")
    assert "r=OTHER" in _names("sie hat die Stelle bekommen.", "de")


def test_a_hyphen_does_not_cut_a_clause_but_a_dash_does() -> None:
    assert len([n for n in _names("my open-data work") if n.startswith("r=") and "&" not in n]) == 1
    assert {"r=OWN", "r=YOU"} <= _names("my work – you saw it")


def test_a_sentence_is_gracious_hard_mixed_or_neither() -> None:
    assert _names("It was a genuinely good experience.", prefix="polarity") == {"polarity=+"}
    assert _names("It was unfair.", prefix="polarity") == {"polarity=-"}
    assert _names("Thanks for nothing.", prefix="polarity") == {"polarity=+-"}
    assert _names("The report has twelve pages.", prefix="polarity") == {"polarity=0"}


def test_clitics_are_read_as_words() -> None:
    lemmas = [t.lemma for t in tokens("i didn't and can't", 0, 18, "en")]
    assert lemmas == ["i", "did", "not", "and", "can", "not"]


def test_each_sentence_scored_spends_one_step_of_the_budget() -> None:
    chosen = learned.scorer("en")
    assert chosen is not None
    meter = Meter(DEFAULT_LIMITS)
    token = current_meter.set(meter)
    try:
        list(learned.judge_text(chosen, plain("One. Two. Three."), "en", "resell"))
    finally:
        current_meter.reset(token)
    assert meter.operations == 3


def test_the_weights_are_read_only_when_a_letter_needs_them() -> None:
    code = ("import rejectlet, rejectlet.rules.learned as l; "
            "assert l._loaded is None; l.scorer('en'); assert l._loaded is not None")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_leave_one_out_scores_each_round_with_a_model_trained_without_it() -> None:
    examples = score.read_part("holdout")[:30] + score.read_part("holdout2")[:30]
    rounds = score.leave_one_out(examples)
    assert [r.name for r in rounds] == ["holdout", "holdout2"]
    assert [len(r.examples) for r in rounds] == [30, 30]
    figures = score.round_figures(rounds)
    assert figures["bad"] + figures["good"] == 60
    # the frames column is the frames' own verdicts, the model column the model's
    assert figures["frames"]["recall"] == 1.0
    assert figures["model"]["recall"] < 1.0


def test_leave_one_out_sums_up_the_independent_writers_parts_with_refusals() -> None:
    examples = score.read_part("holdout")[:20] + score.read_part("holdout3")[:20]
    rounds = score.leave_one_out(examples)
    assert [r.name for r in score.independent(rounds)] == ["holdout3"]
    figures = score.round_figures(score.independent(rounds))
    assert figures["bad"] + figures["good"] == 20
    # the model only warns: what both refuse is what the frames refuse
    assert figures["both"]["refused_good"] == figures["frames"]["refused_good"]
    assert figures["model"]["refused_good"] == 0
    table = score.round_table(rounds)
    assert "independent (en)" in table.splitlines()[-2]


def _example(part: str, line: int, bad: bool) -> score.Example:
    return score.Example(part, line, "en", "resell", frozenset({"RJ007"} if bad else ()),
                         "warning" if bad else "-", "x", f"sentence {line}")


def test_calibration_keeps_the_models_alarms_within_budget_on_every_independent_part(
        ) -> None:
    # holdout5's good sentences score 0.1 .. 0.99; holdout6's stay low; tuned is ignored
    rounds = []
    for part, good in (("holdout5", [i / 100 for i in range(10, 100)]),
                       ("holdout6", [0.2] * 90), ("tuned", [0.999] * 90)):
        examples = [_example(part, i, False) for i in range(len(good))]
        examples.append(_example(part, 999, True))
        scores = [{"RJ007": g, "RJ003": 0.0} for g in good] + [{"RJ007": 1.0, "RJ003": 0.0}]
        rounds.append(score.Round(part, examples, [{} for _ in examples],
                                  [set() for _ in examples], scores))
    chosen = score.calibrate(rounds, budget=0.05)
    # 5% of 90 good sentences is 4: the threshold lies just above the fifth highest
    assert chosen["en"] == 0.951
    alarmed = sum(1 for g in range(10, 100) if g / 100 >= chosen["en"])
    assert alarmed <= 4


def test_a_purpose_is_named_only_when_its_model_is_sure() -> None:
    index = {"bias": 0, "w=recruiter": 1}
    head = learned.Head(index, [0.0, 9.0], 0.5)
    chosen = learned.Scorer({"RJ007": head}, {"blame": {"w=recruiter": 4.0},
                                              "pleading": {"w=beg": 4.0}})
    sure = [("bias", None), ("w=recruiter", (0, 9))]
    unsure = [("bias", None), ("w=other", (0, 5))]
    assert chosen.purpose(sure) == "blame"
    assert chosen.purpose(unsure) == ""
    text = plain("recruiter")
    verdicts = list(chosen.judge(text, 0, 9, "en", "resell"))
    assert [(v.code, v.purpose) for v in verdicts] == [("RJ007", "blame")]


def test_the_shipped_purposes_are_the_tone_frames_kinds() -> None:
    from rejectlet.rules.tone import _WHY

    for language in ("en", "de"):
        chosen = learned.scorer(language)
        assert chosen is not None
        assert chosen.purposes
        assert set(chosen.purposes) <= set(_WHY[language])


#: Legal forms that end a company's name ("Musterfirma GmbH", "Hanse Fracht AG").
_LEGAL = {"gmbh", "ag", "kg", "se", "ltd", "inc", "plc", "llc"}
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "herr", "herrn", "frau"}


def _name_context(cased: str, words: list[Any], index: int) -> bool:
    """Whether a capitalised German word stands where only a name stands: after a
    title, written with an inner capital ("LogiMAT"), as the first of capitalised
    words that end in a legal form, or after "von der" that follows a title or a
    first name."""
    token = words[index]
    written = cased[token.start:token.end]
    if index and words[index - 1].word in _TITLES:
        return True
    if any(a.islower() and b.isupper() for a, b in pairwise(written)):
        return True
    for ahead in words[index + 1:index + 4]:
        if ahead.word in _LEGAL:
            return True
        if not cased[ahead.start:ahead.start + 1].isupper():
            break
    return index >= 3 and words[index - 2].word in ("von", "van") and \
        words[index - 1].word in ("der", "den", "dem") and \
        (words[index - 3].word in _TITLES or (index == 3 or words[index - 4].word not in {
            "der", "die", "das", "den", "dem", "ein", "einen", "einem", "ihrem", "ihren"}))


def _corpus_names() -> dict[str, set[str]]:
    """Per language, words the corpus shows to be proper names (by their lemma, as the
    features name them). In English: a word it writes only with a capital (and small
    letters after it) inside a sentence, or only wholly in capitals and not a common
    acronym ("DHL", not "HR"), never in lower case; and a capitalised word after a
    title (Ms., Herrn) never in lower case. In German, where every noun has a capital, a
    lemma never in lower case counts when at least half of the capitalised words written
    with it stand where only a name stands: after a title, with an inner capital
    ("LogiMAT"), before a legal form ("der Musterfirma GmbH", "der Hanse Fracht AG"),
    or after "von der" ("Herrn von der Heydt"), and it has no common noun's ending.
    "Herr Hauser" must not make the noun "Haus" a name."""
    from rejectlet.rules.learned_features import ACRONYMS

    lower: dict[str, set[str]] = {"en": set(), "de": set()}
    capital: dict[str, set[str]] = {"en": set(), "de": set()}
    titled: dict[str, set[str]] = {"en": set(), "de": set()}
    uses: dict[str, int] = {}
    named: dict[str, int] = {}
    for row in train.corpus_rows():
        text = plain(row.text)
        words = tokens(text.lower, 0, len(text.lower), row.language)
        for index, token in enumerate(words):
            written = text.text[token.start:token.end]
            if written.islower() or not written[:1].isalpha():
                lower[row.language].add(token.lemma)
                continue
            inside = index and not any(
                mark in text.text[words[index - 1].end:token.start] for mark in ".!?:\"")
            if row.language == "en" and len(written) > 1 and written.isupper() \
                    and written.isalpha() and token.lemma not in ACRONYMS:
                capital["en"].add(token.lemma)
            elif inside and written[1:].isalpha() and written[1:].islower():
                capital[row.language].add(token.lemma)
                if words[index - 1].word in _TITLES:
                    titled[row.language].add(token.lemma)
            if row.language == "de" and inside:
                uses[token.lemma] = uses.get(token.lemma, 0) + 1
                named[token.lemma] = named.get(token.lemma, 0) + _name_context(
                    text.text, words, index)
    german = {lemma for lemma, count in named.items()
              if count and 2 * count >= uses[lemma] and lemma not in lower["de"]
              and not lemma.endswith(train._DE_NOUN_ENDINGS)}
    return {"en": (capital["en"] | titled["en"]) - lower["en"], "de": german}


def test_no_feature_in_the_shipped_weights_is_a_proper_name_of_the_corpus() -> None:
    import re

    names = _corpus_names()
    # the check can fail: names inside a sentence, in capitals, before a legal form,
    # after a particle, with an inner capital
    assert {"kuehne", "tacoma", "dhl"} <= names["en"]
    assert {"logima", "musterfirma", "heyd", "hans"} <= names["de"]
    assert not {"hr", "cv", "pdf"} & names["en"] and "haus" not in names["de"]
    stored = json.loads((ROOT / "src" / "rejectlet" / "rules" / learned.WEIGHTS_FILE)
                        .read_text(encoding="utf-8"))
    for language, model in stored["languages"].items():
        words = {part for feature in model["features"]
                 for part in re.findall(r"<org>|<name>|[^=_&>]+", feature)}
        leaked = sorted(words & names[language])
        assert not leaked, f"{language}: the weights carry corpus names {leaked[:20]}"
        assert {"ORG", "COMPANY"} & words  # names are weighed, as classes in clauses
        assert not {"<org>", "<name>"} & words  # but never by themselves


def test_the_letters_own_names_and_unknown_capitalised_words_are_classes() -> None:
    from rejectlet.rules.learned_features import Names
    from rejectlet.rules.their_side import names_in, read

    names = names_in({"organization": "Atlas Freight Ltd", "recipient.name": "Tomás Ortega"})
    text = read("I met Tomás Ortega at Atlas Freight and saw Quentaro Rail.", *names)
    found = {name for name, _ in features(text, 0, len(text.lower), "en", "resell",
                                          Names(frozenset({"saw", "met", "rail"})))}
    assert {"r=WRITER&ORG", "r=WRITER&NAME", "cc=I>NAME"} <= found
    # a class token never weighs by itself, alone or in a word pair
    assert not {n for n in found if "<org>" in n or "<name>" in n}
    assert not {n for n in found if "atlas" in n or "ortega" in n or "quentaro" in n
                or "their" in n}
    # a title makes a name; without a list of known words, a capital alone does not
    text = plain("I wrote to Ms. Quentaro about Quentaro Rail.")
    bare = {name for name, _ in features(text, 0, len(text.lower), "en", "resell")}
    assert "w=quentaro" in bare and "r=WRITER&NAME" in bare


def test_a_letter_to_another_company_scores_as_one_to_the_corpus_company() -> None:
    from rejectlet.rules.their_side import names_in, read

    chosen = learned.scorer("en")
    assert chosen is not None
    scores = set()
    for company in ("Northwind Logistics", "Atlas Freight", "Quentaro"):
        text = read(f"{company} made the wrong call and will regret hiring someone cheaper.",
                    *names_in({"organization": company}))
        found = features(text, 0, len(text.lower), "en", "resell", chosen.names())
        scores.add(round(chosen.heads["RJ007"].score(found), 6))
    assert len(scores) == 1


def test_a_sure_finding_is_an_error_only_when_aimed_at_the_hiring_or_the_reader() -> None:
    index = {"bias": 0, "w=unfair": 1}
    sure = learned.Scorer({"RJ007": learned.Head(index, [0.0, 9.0], 0.5, 0.99)})
    unsure = learned.Scorer({"RJ007": learned.Head(index, [0.0, 3.0], 0.5, 0.99)})
    for sentence, aimed in (("Your decision was unfair.", True),
                            ("Rejecting me was unfair.", True),
                            ("My old team fixed an unfair rota for the drivers.", False)):
        text = plain(sentence)
        [verdict] = sure.judge(text, 0, len(text.lower), "en", "resell")
        assert verdict.error is aimed, sentence
        # below its error level the model only warns, whatever the sentence is about
        [verdict] = unsure.judge(text, 0, len(text.lower), "en", "resell")
        assert verdict.error is False
    german = plain("Ihre Entscheidung war unfair.")
    [verdict] = sure.judge(german, 0, len(german.lower), "de", "resell")
    assert verdict.error is True


def test_the_error_level_refuses_no_good_sentence_of_an_independent_part() -> None:
    rounds = []
    for part, good_aimed in (("holdout5", [0.91, 0.97, 0.5]), ("indep9", [0.95, 0.2]),
                             ("tuned", [0.999])):
        examples = [_example(part, i, False) for i in range(len(good_aimed))]
        examples.append(dataclasses.replace(_example(part, 999, True), severity="error"))
        aimed = [{"RJ007": g, "RJ003": 0.0} for g in good_aimed] + \
            [{"RJ007": 0.99, "RJ003": 0.0}]
        rounds.append(score.Round(part, examples, [{} for _ in examples],
                                  [{"RJ007"} for _ in examples], aimed, aimed))
    levels = score.error_levels(rounds)
    # just above holdout5's 0.97; tuned (not an independent writer) does not count
    assert levels["en"] == 0.971
    figures = score.round_figures(score.independent(rounds), error_at=levels)
    assert figures["model"]["refused_good"] == 0
    assert figures["model"]["severity_agreement"] == 1.0  # the bad ones reach 0.99
    # without the policy every model finding is a warning: agreement with "error" is 0
    plain_figures = score.round_figures(score.independent(rounds), error_at={})
    assert plain_figures["model"]["severity_agreement"] == 0.0


def test_calibration_catches_the_most_within_the_bound_of_frames_and_model_together(
        ) -> None:
    # holdout5: 100 good sentences scoring 0.0 .. 0.99, two of them already alarmed by
    # the frames, so a bound of 5% leaves the model three more; four bad ones at
    # 0.965 .. 0.995; holdout6's good sentences score low; tuned does not count
    rounds = []
    for part, good, framed, bad in (
            ("holdout5", [i / 100 for i in range(100)], {5, 6}, [0.965, 0.975, 0.985, 0.995]),
            ("holdout6", [0.3] * 100, set(), []),
            ("tuned", [0.999] * 100, set(), [])):
        examples = [_example(part, i, False) for i in range(len(good))] + \
            [_example(part, 900 + i, True) for i in range(len(bad))]
        scores = [{"RJ007": g, "RJ003": 0.0} for g in good + bad]
        frames = [{"RJ007": "warning"} if i in framed else {} for i in range(len(examples))]
        rounds.append(score.Round(part, examples, frames, [set() for _ in examples], scores))
    chosen = score.calibrate_both(rounds, budget=0.05)
    assert chosen["en"] == 0.961  # just above the fourth highest good score, 0.96
    figures = score.round_figures(score.independent(rounds), thresholds=chosen)
    assert figures["both"]["false_alarms"] <= 0.05
    assert figures["both"]["recall"] == 1.0  # all four bad ones
    assert figures["model"]["false_alarms"] == 0.015  # 0.97, 0.98, 0.99 of 200
    # the frames alone over the bound (on half the good ones): the model may add no
    # alarm there, so it speaks only above the highest good score it would add, 0.99
    over = [score.Round("holdout5", rounds[0].examples,
                        [{"RJ007": "warning"} if not e.expect and e.line < 50 else {}
                         for e in rounds[0].examples], rounds[0].model, rounds[0].scores)]
    assert score.calibrate_both(over)["en"] == 0.991


def test_each_clause_carries_what_it_points_at_as_the_frames_read_it() -> None:
    own = _names("I found a mistake in our fuel model and fixed it.", prefix="ca=")
    assert "ca=work&BAD" in own and "ca=them&BAD" not in own
    theirs = _names("Rejecting me was a mistake, although I enjoyed the day.", prefix="ca=")
    assert "ca=them&BAD" in theirs
    # the target of the whole sentence, and of each clause with its actor
    assert "aim=them" in _names("Your decision was wrong.", prefix="aim=")
    assert "r=WRITER&ca=work" in _names("I cut forecast bias by forty percent.", prefix="r=")
