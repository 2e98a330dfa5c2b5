"""Score the letter rules on the labelled corpus: recall, precision, false alarms.

Each sentence of the corpus is placed in one section of a neutral first reply
(the packs beside this file), the letter is composed and validated through the
public API, and the codes that fire are compared with the sentence's labels.

    python tests/corpus/score.py                 # both parts, as a table
    python tests/corpus/score.py --part tuned    # one part (any name in PARTS)
    python tests/corpus/score.py --json          # figures as JSON
    python tests/corpus/score.py --misses        # list every sentence scored wrong
    python tests/corpus/score.py --leave-one-out # the learned scorer on unseen rounds

Leave one out: the corpus is cut into rounds (each part, and each comment-headed
block of a part, was written in a round of its own, after the earlier ones);
for each round the learned scorer is trained on every other round and scored
on that one, which estimates how it reads a writer it has not seen. The table
shows, per round, the frames alone, the learned scorer alone, and both (a
sentence counts as found when either finds it), then a summary over every
round and one over the parts by independent writers (``INDEPENDENT``), each
with recall, false alarms and good sentences refused. The frames column is the
frames as they are now, which were tuned on every round: it is not an unseen
figure (tests/corpus/as_written.py gives one).

Company names: a row whose text says {ORG} names the organisation written to. Each
such row gets an organisation of its own (chosen by its line number from a fixed list
per language), put both into the letter's data (``organization``, in its legal form)
and into the text (as a writer names it), so no rule can learn one company's name:
the rules know the company only from the letter's data.

Figures:
- recall: the share of bad sentences on which every expected code fired;
- false alarms: the share of good sentences on which any rule fired;
- refused: good sentences on which an error fired (the render would stop);
- severity agreement: bad sentences whose strongest finding has the labelled
  severity (error stops a first reply, warning does not);
- per code: precision (of the sentences it fired on, how many expected it) and
  recall (of the sentences that expect it, how many it fired on).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PARTS = ("tuned", "holdout", "holdout2", "holdout3", "holdout4", "holdout4-de", "fresh8", "fresh8b",
         "fresh8c", "holdout5", "holdout6", "fresh10", "fresh10b", "indep9", "fresh11",
         "holdout7", "holdout8", "fresh12-de", "fresh12-en")
#: The organisations a row's {ORG} becomes, per language: (name in the text, legal
#: suffix in the data). Invented, and named nowhere else in the corpus.
ORGANISATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Tessaly Freight", " Ltd"), ("Brackwater Health", ""), ("Quenby Analytics", " Inc."),
           ("Marlowe & Hart", ""), ("Trenholm Energy", " plc"), ("Ashcombe Systems", " Inc."),
           ("Kellerby Rail", " Ltd"), ("Corvane Labs", "")),
    "de": (("Falkenried Logistik", " GmbH"), ("Sonnweiler Bau", " AG"), ("Elbmark Energie", ""),
           ("Haverbeck Medien", " GmbH"), ("Auerhahn Software", " GmbH"),
           ("Rheinfels Kliniken", " AG"), ("Grauwald & Söhne", ""),
           ("Wendeburg Analytik", " GmbH")),
}
ORG = "{ORG}"


def organisation(language: str, line: int) -> tuple[str, str]:
    """The organisation of the row on ``line``: as the text names it, and as the data
    names it."""
    named, suffix = ORGANISATIONS[language][line % len(ORGANISATIONS[language])]
    return named, named + suffix


#: Codes the corpus measures; structure and delivery rules are not about sentences.
MEASURED = ("RJ002", "RJ003", "RJ006", "RJ007")


@dataclass(frozen=True)
class Example:
    """One labelled sentence."""

    part: str
    line: int
    language: str
    section: str
    expect: frozenset[str]
    severity: str
    purpose: str
    text: str
    #: The comment-headed block of the part the row sits in (0 before any comment
    #: after the header); a part's blocks were written in separate rounds.
    block: int = 0
    #: The organisation in the letter's data (see ``organisation``); empty when the
    #: row names none.
    organization: str = ""


@dataclass
class Outcome:
    """What the rules did with one example."""

    example: Example
    fired: dict[str, str] = field(default_factory=dict)  # code -> strongest severity
    messages: list[str] = field(default_factory=list)

    @property
    def bad(self) -> bool:
        return bool(self.example.expect)

    @property
    def caught(self) -> bool:
        return self.example.expect <= set(self.fired)

    @property
    def alarmed(self) -> bool:
        return bool(self.fired)

    @property
    def refused(self) -> bool:
        return "error" in self.fired.values()

    @property
    def strongest(self) -> str:
        values = set(self.fired.values())
        return "error" if "error" in values else ("warning" if values else "-")


def read_part(part: str) -> list[Example]:
    """The examples of one part of the corpus."""
    path = HERE / f"{part}.tsv"
    examples = []
    header_seen = False
    block, in_comment = 0, True
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if raw.startswith("#"):
            if not in_comment and header_seen:
                block += 1
            in_comment = True
            continue
        if not raw.strip():
            continue
        in_comment = False
        columns = raw.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(columns) != 6:
            raise ValueError(f"{path.name}:{number}: expected 6 tab-separated columns")
        language, section, expect, severity, purpose, text = columns
        codes = frozenset() if expect == "-" else frozenset(expect.split(","))
        organization = ""
        if ORG in text:
            named, organization = organisation(language, number)
            text = text.replace(ORG, named)
        examples.append(Example(part, number, language, section, codes, severity, purpose,
                                text, block, organization))
    return examples


def run(examples: Sequence[Example], learned: bool = True) -> Iterator[Outcome]:
    """Compose and validate a letter for each example (without the learned scorer
    when ``learned`` is false)."""
    import rejectlet

    if not learned:
        from rejectlet.rules.learned import switched_off

        with switched_off():
            yield from run(examples)
        return
    packs = {lang: rejectlet.load_pack(HERE / f"pack-{lang}") for lang in ("en", "de")}
    for example in examples:
        data = {example.section: example.text}
        if example.organization:
            data["organization"] = example.organization
        letter = rejectlet.compose(packs[example.language], "reply", data)
        outcome = Outcome(example)
        for diagnostic in rejectlet.validate(letter):
            if diagnostic.code not in MEASURED:
                continue
            word = diagnostic.severity.value
            if outcome.fired.get(diagnostic.code) != "error":
                outcome.fired[diagnostic.code] = word
            outcome.messages.append(str(diagnostic))
        yield outcome


def _ratio(top: int, bottom: int) -> float:
    return round(top / bottom, 4) if bottom else 1.0


def figures(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The figures for a set of outcomes (see the module docstring)."""
    bad = [o for o in outcomes if o.bad]
    good = [o for o in outcomes if not o.bad]
    per_code: dict[str, dict[str, float | int]] = {}
    for code in MEASURED:
        fired = [o for o in outcomes if code in o.fired]
        expected = [o for o in outcomes if code in o.example.expect]
        hits = [o for o in fired if code in o.example.expect]
        per_code[code] = {"expected": len(expected), "fired": len(fired),
                          "precision": _ratio(len(hits), len(fired)),
                          "recall": _ratio(len(hits), len(expected))}
    languages = {}
    for language in sorted({o.example.language for o in outcomes}):
        mine = [o for o in outcomes if o.example.language == language]
        languages[language] = {
            "sentences": len(mine),
            "recall": _ratio(sum(o.caught for o in mine if o.bad), sum(o.bad for o in mine)),
            "false_alarms": _ratio(sum(o.alarmed for o in mine if not o.bad),
                                   sum(not o.bad for o in mine)),
        }
    return {
        "sentences": len(outcomes),
        "bad": len(bad),
        "good": len(good),
        "recall": _ratio(sum(o.caught for o in bad), len(bad)),
        "false_alarms": _ratio(sum(o.alarmed for o in good), len(good)),
        "refused_good": sum(o.refused for o in good),
        "severity_agreement": _ratio(sum(o.strongest == o.example.severity for o in bad),
                                     len(bad)),
        "codes": per_code,
        "languages": languages,
    }


#: The parts written by independent writers who never saw the rules: the
#: leave-one-out summary over them is the estimate of how a new writer fares.
INDEPENDENT = ("holdout3", "holdout5", "holdout6", "indep9", "holdout7", "holdout8")


@dataclass
class Round:
    """One round's outcome under leave one out: per example, what the frames fired
    (code -> strongest severity) and what the model fired."""

    name: str
    examples: list[Example]
    frames: list[dict[str, str]]
    model: list[set[str]]
    #: Per example, the model's highest score per code over its sentences.
    scores: list[dict[str, float]] = field(default_factory=list)
    #: Per example, the same over the sentences aimed at the hiring or the reader
    #: (``learned.aimed_at_them``): what an error policy on the model would refuse.
    aimed: list[dict[str, float]] = field(default_factory=list)


def reading(example: Example) -> Any:
    """A row's text as the rules read it in its letter: plain, with the organisation
    the row's data names read as a class word."""
    from rejectlet.rules.their_side import names_in, read

    return read(example.text, *names_in({"organization": example.organization}))


def model_fired(example: Example, heads: Any) -> set[str]:
    """The codes a learned scorer gives one corpus sentence, read sentence by sentence
    as the rule reads a letter."""
    from rejectlet.rules.learned import judge_text

    return {verdict.code for _, verdict in
            judge_text(heads, reading(example), example.language, example.section)}


def model_scores(example: Example, heads: Any) -> tuple[dict[str, float], dict[str, float]]:
    """The learned scorer's highest score per code over one corpus row's sentences,
    whatever its thresholds (to choose them), and the same over its sentences aimed
    at the hiring or the reader (to choose when a finding is an error)."""
    from rejectlet.rules.learned import aimed_at_them
    from rejectlet.rules.learned_features import features
    from rejectlet.rules.reading import sentences

    text = reading(example)
    names = heads.names()
    best: dict[str, float] = dict.fromkeys(heads.heads, 0.0)
    aimed: dict[str, float] = dict.fromkeys(heads.heads, 0.0)
    for sentence in sentences(text):
        found = features(text, sentence.start, sentence.end, example.language,
                         example.section, names)
        at_them: bool | None = None
        for code, head in heads.heads.items():
            score = head.score(found)
            best[code] = max(best[code], score)
            if score > aimed[code]:
                if at_them is None:
                    at_them = aimed_at_them(text, sentence.start, sentence.end,
                                            example.language)
                if at_them:
                    aimed[code] = score
    return best, aimed


def leave_one_out(examples: Sequence[Example],
                  only: Collection[str] | None = None) -> list[Round]:
    """Train on every round but one and score that one, for each round in turn (or
    only for the rounds of the parts in ``only``: every other round still trains)."""
    from rejectlet.rules.learned import scorer_from
    from tests.corpus import train

    rounds: dict[tuple[str, int], list[int]] = {}
    for index, example in enumerate(examples):
        if only is None or example.part in only:
            rounds.setdefault((example.part, example.block), []).append(index)
    scored = sorted(i for indices in rounds.values() for i in indices)
    frames: list[dict[str, str]] = [{} for _ in examples]
    for i, outcome in zip(scored, run([examples[i] for i in scored], learned=False),
                          strict=True):
        frames[i] = dict(outcome.fired)
    rows = train.rows_of(examples)
    vectors = train.featurise_all(rows)
    result = []
    for (part, block), indices in rounds.items():
        inside = set(indices)
        languages = {examples[i].language for i in indices}
        kept = [i for i in range(len(rows)) if i not in inside]
        model = train.train([rows[i] for i in kept], languages, explain=False,
                            vectors=[vectors[i] for i in kept])
        fired, scores, aimed = [], [], []
        scorers = {language: scorer_from(model, language) for language in languages}
        for i in indices:
            heads = scorers[examples[i].language]
            fired.append(model_fired(examples[i], heads) if heads is not None else set())
            best, at_them = model_scores(examples[i], heads) if heads is not None else ({}, {})
            scores.append(best)
            aimed.append(at_them)
        name = part if not any(e.block for e in examples if e.part == part) else \
            f"{part}#{block}"
        result.append(Round(name, [examples[i] for i in indices],
                            [frames[i] for i in indices], fired, scores, aimed))
    return result


#: The share of an independent part's good sentences the model alone may alarm on
#: when its thresholds are chosen: the frames' own false alarms on a new writer's
#: text take most of the issue's 5%.
MODEL_ALARM_BUDGET = 0.015


def calibrate(rounds: Sequence[Round], budget: float = MODEL_ALARM_BUDGET
              ) -> dict[str, float]:
    """Per language, the lowest threshold (for every code) at which the model alone
    alarms on at most ``budget`` of the good sentences of each independent part,
    read from the leave-one-out scores (each part scored by a model that never saw it)."""
    chosen: dict[str, float] = {}
    for language in sorted({e.language for one in rounds for e in one.examples}):
        parts: dict[str, list[float]] = {}
        for one in independent(rounds):
            for example, score_ in zip(one.examples, one.scores, strict=True):
                if example.language == language and not example.expect:
                    parts.setdefault(example.part, []).append(max(score_.values(),
                                                                  default=0.0))
        threshold = 0.5
        for good in parts.values():
            allowed = int(budget * len(good))
            ranked = sorted(good, reverse=True)
            if len(ranked) > allowed:
                # just above the highest score that would exceed the budget
                threshold = max(threshold, math.floor(ranked[allowed] * 1000) / 1000 + 0.001)
        chosen[language] = round(min(threshold, 0.999), 3)
    return chosen


#: The share of an independent part's good sentences that frames and model together may
#: alarm on when the thresholds are chosen: half a point under the issue's bound of 5%,
#: so that a new writer's part, which the thresholds were not chosen on, has room.
BOTH_ALARM_BUDGET = 0.045


def calibrate_both(rounds: Sequence[Round], budget: float = BOTH_ALARM_BUDGET
                   ) -> dict[str, float]:
    """Per language, the threshold (for every code) at which frames and model together
    catch the most bad sentences of the independent parts while alarming on at most
    ``budget`` of the good sentences of each independent part, read from the
    leave-one-out scores (each part scored by a model that never saw it).

    The languages are chosen together, because a part's bound counts both; a good
    sentence the frames alarm on counts whatever the thresholds, and when the frames
    alone are over a part's bound the model may add nothing there. Among equal
    recalls the higher thresholds win.
    """
    chosen_rounds = independent(rounds)
    languages = sorted({e.language for one in chosen_rounds for e in one.examples})
    parts = sorted({one.examples[0].part for one in chosen_rounds})
    room = dict.fromkeys(parts, 0.0)
    # per language: the model's best score on each good sentence the frames let pass
    # (with its part), and on each bad one the lowest score that still catches it
    goods: dict[str, list[tuple[str, float]]] = {language: [] for language in languages}
    needs: dict[str, list[float]] = {language: [] for language in languages}
    for one in chosen_rounds:
        for example, frames, scores in zip(one.examples, one.frames, one.scores, strict=True):
            if not example.expect:
                room[example.part] += budget
                if frames:
                    room[example.part] -= 1
                else:
                    goods[example.language].append(
                        (example.part, max(scores.values(), default=0.0)))
                continue
            missing = example.expect - set(frames)
            if not missing:
                continue  # the frames catch it whatever the thresholds
            if missing <= set(scores):
                needs[example.language].append(min(scores[code] for code in missing))
    candidates: dict[str, list[tuple[float, int, dict[str, int]]]] = {}
    for language in languages:
        levels = {0.999} | {math.floor(value * 1000) / 1000 + 0.001
                            for _, value in goods[language] if 0.5 <= value < 0.999}
        rows = []
        for level in sorted(round(v, 3) for v in levels | {0.5}):
            caught = sum(need >= level for need in needs[language])
            alarms = dict.fromkeys(parts, 0)
            for part, value in goods[language]:
                alarms[part] += value >= level
            rows.append((level, caught, alarms))
        candidates[language] = rows
    best: tuple[int, float, dict[str, float]] = (-1, 0.0, dict.fromkeys(languages, 0.999))
    combos: list[list[tuple[str, tuple[float, int, dict[str, int]]]]] = [[]]
    for language in languages:
        combos = [[*combo, (language, row)] for combo in combos
                  for row in candidates[language]]
    for combo in combos:
        if any(sum(row[2][part] for _, row in combo) > max(0, math.floor(room[part] + 1e-9))
               for part in parts):
            continue
        caught = sum(row[1] for _, row in combo)
        height = sum(row[0] for _, row in combo)
        if (caught, height) > best[:2]:
            best = (caught, height, {language: row[0] for language, row in combo})
    return best[2]


def _strongest(fired: dict[str, str]) -> str:
    values = set(fired.values())
    return "error" if "error" in values else ("warning" if values else "-")


def round_figures(rounds: Sequence[Round], language: str | None = None,
                  error_at: dict[str, float] | None = None,
                  thresholds: dict[str, float] | None = None) -> dict[str, Any]:
    """Recall, false alarms, good sentences refused and severity agreement of frames,
    model and both over some rounds.

    A model finding is an error when its score on a sentence aimed at the hiring or
    the reader reaches ``error_at`` of the language (default: ``train.ERROR_AT``, as
    shipped), else a warning. With ``thresholds`` (per language), the model's findings
    are read again from its scores at those thresholds instead of the shipped ones.
    In "both", a code the frames fired keeps the frames' severity (the model does not
    report a sentence the frames reported)."""
    from tests.corpus import train

    levels = train.ERROR_AT if error_at is None else error_at
    cells: dict[str, list[int]] = {k: [0, 0, 0, 0, 0, 0] for k in ("frames", "model", "both")}
    for one in rounds:
        for index, (example, frames, model) in enumerate(
                zip(one.examples, one.frames, one.model, strict=True)):
            if language is not None and example.language != language:
                continue
            aimed = one.aimed[index] if one.aimed else {}
            level = levels.get(example.language, 2.0)
            if thresholds is not None and one.scores:
                at = thresholds.get(example.language, 2.0)
                model = {code for code, value in one.scores[index].items() if value >= at}
            by_model = {code: "error" if aimed.get(code, 0.0) >= level else "warning"
                        for code in model}
            both = by_model | frames
            for key, fired in (("frames", frames), ("model", by_model), ("both", both)):
                cell = cells[key]
                if example.expect:
                    cell[0] += example.expect <= set(fired)
                    cell[1] += 1
                    cell[5] += _strongest(fired) == example.severity
                else:
                    cell[2] += bool(fired)
                    cell[3] += 1
                    cell[4] += "error" in fired.values()
    first = next(iter(cells.values()))
    return {"bad": first[1], "good": first[3],
            **{key: {"recall": _ratio(c[0], c[1]), "false_alarms": _ratio(c[2], c[3]),
                     "refused_good": c[4], "severity_agreement": _ratio(c[5], c[1])}
               for key, c in cells.items()}}


def error_levels(rounds: Sequence[Round],
                 thresholds: dict[str, float] | None = None) -> dict[str, float]:
    """Per language, the lowest score (above the language's threshold) at which a model
    finding aimed at the hiring or the reader may be an error and still refuse no good
    sentence of any independent writer's part, read from the leave-one-out scores; 2.0
    (never) when that would take a score above 0.999."""
    from tests.corpus import train

    chosen: dict[str, float] = {}
    for language in sorted({e.language for one in rounds for e in one.examples}):
        highest = (thresholds or train.THRESHOLDS).get(language, 0.5) - 0.001
        for one in independent(rounds):
            for example, aimed in zip(one.examples, one.aimed, strict=True):
                if example.language == language and not example.expect:
                    highest = max(highest, *aimed.values(), 0.0)
        level = math.floor(highest * 1000) / 1000 + 0.001
        chosen[language] = round(level, 3) if level <= 0.999 else 2.0
    return chosen


def independent(rounds: Sequence[Round]) -> list[Round]:
    """The rounds written by independent writers (see ``INDEPENDENT``)."""
    return [one for one in rounds if one.examples and one.examples[0].part in INDEPENDENT]


def round_table(rounds: Sequence[Round], error_at: dict[str, float] | None = None,
                thresholds: dict[str, float] | None = None) -> str:
    """The leave-one-out table: per round and summed up, frames, model and both, each
    as recall / false alarms / good sentences refused / severity agreement."""
    rows = ["round              bad  good   frames rec/FA/ref/sev          "
            "model rec/FA/ref/sev           both rec/FA/ref/sev"]

    def line(name: str, f: dict[str, Any]) -> str:
        cells = [f"{f[key]['recall']:6.1%}/{f[key]['false_alarms']:5.1%}/"
                 f"{f[key]['refused_good']:<2d}/{f[key]['severity_agreement']:6.1%}"
                 for key in ("frames", "model", "both")]
        return f"{name:18s} {f['bad']:4d} {f['good']:5d}   " + "   ".join(cells)

    for one in rounds:
        rows.append(line(one.name, round_figures([one], None, error_at, thresholds)))
    rows.append(line("all", round_figures(rounds, None, error_at, thresholds)))
    for language in ("en", "de"):
        rows.append(line(f"all ({language})",
                         round_figures(rounds, language, error_at, thresholds)))
    chosen = independent(rounds)
    if chosen:
        rows.append(line("independent", round_figures(chosen, None, error_at, thresholds)))
        for language in ("en", "de"):
            rows.append(line(f"independent ({language})",
                             round_figures(chosen, language, error_at, thresholds)))
    return "\n".join(rows)


def misses(outcomes: Sequence[Outcome]) -> list[str]:
    """One line for each sentence the rules got wrong."""
    lines = []
    for o in outcomes:
        wrong_severity = o.bad and o.caught and o.strongest != o.example.severity
        if (o.bad and not o.caught) or (not o.bad and o.alarmed) or wrong_severity:
            kind = "missed" if o.bad and not o.caught else (
                "severity" if wrong_severity else "false alarm")
            lines.append(f"{o.example.part}.tsv:{o.example.line}: {kind}: "
                         f"expected {sorted(o.example.expect) or '-'} "
                         f"({o.example.severity}), fired {o.fired or '-'}: {o.example.text}")
    return lines


def _table(name: str, result: dict[str, Any]) -> str:
    rows = [f"{name}: {result['sentences']} sentences ({result['bad']} bad, "
            f"{result['good']} good)",
            f"  recall {result['recall']:.1%}   false alarms {result['false_alarms']:.1%}   "
            f"good sentences refused {result['refused_good']}   severity agreement "
            f"{result['severity_agreement']:.1%}"]
    for language, figures_ in result["languages"].items():
        rows.append(f"  {language}: {figures_['sentences']} sentences, recall "
                    f"{figures_['recall']:.1%}, false alarms {figures_['false_alarms']:.1%}")
    rows.append("  code    expected  fired  precision  recall")
    for code, c in result["codes"].items():
        rows.append(f"  {code}   {c['expected']:8d}  {c['fired']:5d}  {c['precision']:9.1%}  "
                    f"{c['recall']:6.1%}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, action="append",
                        help="score only this part (repeatable); default: every part present")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list each sentence scored wrong")
    parser.add_argument("--leave-one-out", action="store_true",
                        help="train the learned scorer on all rounds but one, score that one")
    parser.add_argument("--independent", action="store_true",
                        help="with --leave-one-out: score only the independent writers' "
                             "parts (every round still trains the others' models)")
    parser.add_argument("--calibrate", action="store_true",
                        help="with --leave-one-out: also print the thresholds per language "
                             "that keep the model's own false alarms within budget")
    args = parser.parse_args(argv)
    parts = args.part or [p for p in PARTS if (HERE / f"{p}.tsv").exists()]
    if args.leave_one_out:
        rounds = leave_one_out([e for part in parts for e in read_part(part)],
                               INDEPENDENT if args.independent else None)
        if args.json:
            print(json.dumps({one.name: round_figures([one]) for one in rounds}
                             | {"all": round_figures(rounds),
                                "independent": round_figures(independent(rounds))},
                             indent=2))
        else:
            print(round_table(rounds))
        if args.calibrate:
            print("thresholds that keep the model's own false alarms within "
                  f"{MODEL_ALARM_BUDGET:.1%} on each independent part: "
                  + json.dumps(calibrate(rounds), sort_keys=True))
            levels = error_levels(rounds)
            print("scores from which a finding aimed at the hiring or the reader may be an "
                  "error and refuse no good sentence of an independent part: "
                  + json.dumps(levels, sort_keys=True))
            print("with those levels:")
            print(round_table(rounds, levels))
            both = calibrate_both(rounds)
            levels = error_levels(rounds, both)
            print("thresholds that catch the most with frames and model together within "
                  f"{BOTH_ALARM_BUDGET:.1%} false alarms on each independent part: "
                  + json.dumps(both, sort_keys=True) + "; error levels with them: "
                  + json.dumps(levels, sort_keys=True))
            print(round_table(rounds, levels, both))
        return 0
    report: dict[str, Any] = {}
    wrong: list[str] = []
    for part in parts:
        outcomes = list(run(read_part(part)))
        report[part] = figures(outcomes)
        wrong += misses(outcomes)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print("\n\n".join(_table(part, result) for part, result in report.items()))
    if args.misses:
        print("\n".join(wrong) if wrong else "no sentence scored wrong")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    sys.path.insert(0, str(HERE.parents[1]))
    sys.exit(main())
