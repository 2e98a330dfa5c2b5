"""Every pattern the word rules run over letter text is linear-time, on any input.

The rules read the writer's data, so a pattern with catastrophic backtracking
would let one crafted value hang validation (a bracket followed by a long run of
word characters once took hours). The patterns are compiled by RE2, which has
no backtracking at all; these tests hold that in place: every pattern compiles
there, the rule modules do not use the backtracking engine, and the rules
finish on adversarial text. The last check runs in a child process so that a
regression shows as a failed test rather than a hung suite; its bound is
minutes for work that takes well under a second.
"""

from __future__ import annotations

import ast
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejectlet
from rejectlet.rules import shapes, stance
from rejectlet.rules.linear import LinearPattern
from rejectlet.rules.reading import plain, sentences

RULES = Path(rejectlet.__file__).parent / "rules"
#: Modules whose patterns read letter text (the writer's data and pack wording).
TEXT_RULES = ("tone.py", "unfilled.py", "shapes.py", "stance.py", "section_words.py",
              "reading.py", "declared.py", "declared_keys.py", "locate.py", "email_css.py",
              "stance_de.py", "frames.py", "english.py", "english_topics.py", "clauses_de.py")

#: Pieces that stress a backtracking engine, repeated many times.
ADVERSARIAL = ("<A", "_a", "{{", "{%", "[", "(", "<", "a ", "why ", "i ", "not ", "the ",
               "your ", "\u00e4", "\u2019", "-", ".", "?", " ", "x", "X", "INSERT ",
               "decision ", "Sie ", "ich ", "was ", "{", "%", "$", "_", "Company ", "\n")


def _every_signal() -> list[str]:
    found = []
    for table in (stance._EN, stance._DE, stance._EN_FEEDBACK, stance._DE_FEEDBACK):
        for signal in table:
            found += [p for p in (signal.pattern, signal.also, signal.unless) if p]
    return found


def test_the_text_rules_do_not_import_the_backtracking_engine() -> None:
    for name in TEXT_RULES:
        tree = ast.parse((RULES / name).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom)}
        assert "re" not in imported, f"{name} imports re"


@pytest.mark.parametrize("pattern", _every_signal())
def test_every_signal_compiles_on_the_linear_engine(pattern: str) -> None:
    LinearPattern(pattern)


def _scan_everything(text: str) -> None:
    words = plain(text)
    list(sentences(words))
    for language in ("en", "de"):
        list(stance.tone_concerns(words, language))
        list(stance.feedback_requests(words, language))
        list(stance.disappointment(words, language))
    list(shapes.find_slots(words))


def _adversarial_run() -> None:
    """Runs in the child process: the named worst cases, then generated ones."""
    _scan_everything("<A" + "_a" * 120)
    _scan_everything("{{" * 20_000)
    _scan_everything("[" * 20_000 + "(" * 20_000 + "<" * 20_000)
    _scan_everything("why " * 5_000 + "?")

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.sampled_from(ADVERSARIAL), st.integers(1, 3_000)),
                    min_size=1, max_size=6),
           st.text(max_size=40))
    def scan(pieces: list[tuple[str, int]], tail: str) -> None:
        _scan_everything("".join(piece * count for piece, count in pieces) + tail)

    scan()


def test_the_rules_finish_on_adversarial_text_in_a_child_process() -> None:
    context = multiprocessing.get_context("fork")
    child = context.Process(target=_adversarial_run)
    child.start()
    child.join(timeout=300)
    if child.is_alive():
        child.terminate()
        child.join()
        pytest.fail("the rules did not finish on adversarial text")
    assert child.exitcode == 0
