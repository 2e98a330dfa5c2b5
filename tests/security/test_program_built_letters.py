"""A letter a program built or changed is judged at the door, field by field.

``dataclasses.replace(letter, subject=None)``, a number where a block belongs,
a list where the data holds text: each is RJ901 at the field that is wrong,
from every public function that takes a letter, never an ``AttributeError``
or ``TypeError`` from inside a rule or a renderer. And a ``budget()`` block
left in another thread than the one that entered it is a located error, not
the ``ValueError`` of :mod:`contextvars`.
"""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import rejectlet
from rejectlet.limits import Limits, budget, current_limits
from rejectlet.model import Block, Letter, Paragraph, Run
from rejectlet.reminders import reminder
from tests.security._support import ROOT
from tests.security.test_email_encoded_words import compose_with

Change = Callable[[Letter], Letter]


def _block(letter: Letter, **fields: Any) -> Letter:
    return dataclasses.replace(letter, blocks=(dataclasses.replace(letter.blocks[0], **fields),
                                               *letter.blocks[1:]))


def _paragraph(letter: Letter, **fields: Any) -> Letter:
    block = letter.blocks[0]
    paragraph = dataclasses.replace(block.paragraphs[0], **fields)
    return _block(letter, paragraphs=(paragraph, *block.paragraphs[1:]))


def _run(letter: Letter, **fields: Any) -> Letter:
    paragraph = letter.blocks[0].paragraphs[0]
    run = dataclasses.replace(paragraph.runs[0], **fields)
    return _paragraph(letter, runs=(run, *paragraph.runs[1:]))


def _data(key: str, value: Any) -> Change:
    return lambda letter: dataclasses.replace(letter, data={**letter.data, key: value})


def _field(**fields: Any) -> Change:
    return lambda letter: dataclasses.replace(letter, **fields)


#: a change to a good letter, and the field the refusal must name
BROKEN: dict[str, tuple[Change, str]] = {
    "subject-none": (_field(subject=None), "subject"),
    "closing-int": (_field(closing=5), "closing"),
    "kind-list": (_field(kind=["reply"]), "kind"),
    "pack-name": (_field(pack="classic"), "pack"),
    "sender-lines-str": (_field(sender_lines="Priya"), "sender_lines"),
    "recipient-line-none": (_field(recipient_lines=("Elena", None)), "recipient_lines[1]"),
    "blocks-none": (_field(blocks=None), "blocks"),
    "block-int": (lambda letter: dataclasses.replace(letter, blocks=(*letter.blocks, 5)),
                  "blocks[{last}]"),
    "block-kind-str": (lambda letter: _block(letter, kind="gratitude"), "blocks[0].kind"),
    "block-place": (lambda letter: _block(letter, place="footer"), "blocks[0].place"),
    "block-paragraphs-bool": (lambda letter: _block(letter, paragraphs=True),
                              "blocks[0].paragraphs"),
    "paragraph-none": (lambda letter: _block(letter, paragraphs=(None,)),
                       "blocks[0].paragraphs[0]"),
    "paragraph-kind-list": (lambda letter: _paragraph(letter, kind=["p"]),
                            "blocks[0].paragraphs[0].kind"),
    "runs-dict": (lambda letter: _paragraph(letter, runs={"a": 1}),
                  "blocks[0].paragraphs[0].runs"),
    "run-text-date": (lambda letter: _run(letter, text=dt.date(2026, 1, 1)),
                      "blocks[0].paragraphs[0].runs[0].text"),
    "run-style-str": (lambda letter: _run(letter, style="em"),
                      "blocks[0].paragraphs[0].runs[0].style"),
    "run-href-tuple": (lambda letter: _run(letter, href=("a", 5)),
                       "blocks[0].paragraphs[0].runs[0].href"),
    "run-origin-list": (lambda letter: _run(letter, origin=["role"]),
                        "blocks[0].paragraphs[0].runs[0].origin"),
    "data-none": (_field(data=None), "data"),
    "data-cc-int": (_data("cc", 5), "data['cc']"),
    "data-cc-date": (_data("cc", dt.date(2026, 1, 1)), "data['cc']"),
    "data-panel-object": (_data("panel", object()), "data['panel']"),
    "data-key-int": (_field(data={1: "x"}), "data"),
    "data-locations-str": (_field(data_locations={"role": "reply.yaml:3"}),
                           "data_locations['role']"),
    "data-source-str": (_field(data_source="reply.yaml"), "data_source"),
    "omitted-str": (_field(omitted="ps"), "omitted"),
    "record-index-str": (_field(record_index="1"), "record_index"),
}

ENTRIES: dict[str, tuple[str, Callable[[Letter], Any]]] = {
    "validate": ("validate(letter)", rejectlet.validate),
    "render-text": ("render(letter)", lambda letter: rejectlet.render(letter, "text",
                                                                       force=True)),
    "render-html": ("render(letter)", lambda letter: rejectlet.render(letter, "html",
                                                                       force=True)),
    "render-email": ("render(letter)", lambda letter: rejectlet.render(letter, "email",
                                                                        force=True)),
    "reminder": ("reminder(letter)", reminder),
}


@pytest.fixture(scope="module")
def good() -> Letter:
    return compose_with()


@pytest.mark.parametrize("entry", ENTRIES, ids=ENTRIES.keys())
@pytest.mark.parametrize("broken", BROKEN, ids=BROKEN.keys())
def test_a_broken_letter_is_refused_at_the_field(good: Letter, broken: str, entry: str) -> None:
    change, field = BROKEN[broken]
    where, call = ENTRIES[entry]
    letter = change(good)
    field = field.format(last=len(letter.blocks) - 1 if isinstance(letter.blocks, tuple)
                         else 0)
    with pytest.raises(rejectlet.ArgumentError) as caught:
        call(letter)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ901"
    assert diagnostic.location is not None
    assert diagnostic.location.key == f"{where}.{field}"


def test_the_envelope_judges_the_letter_too(good: Letter) -> None:
    from rejectlet.renderers.pdf import render_envelope

    with pytest.raises(rejectlet.ArgumentError) as caught:
        render_envelope(dataclasses.replace(good, recipient_lines=None))
    assert caught.value.diagnostics[0].location is not None
    assert caught.value.diagnostics[0].location.key == "render_envelope(letter).recipient_lines"


def test_a_program_built_letter_of_the_right_types_renders(good: Letter) -> None:
    """Lists where tuples belong are fine; only a wrong type is refused."""
    paragraph = Paragraph([Run("Thank you for the call about the role.")], "p")  # type: ignore[arg-type]
    block = Block("thanks", good.blocks[0].kind, [paragraph], "body")  # type: ignore[arg-type]
    letter = dataclasses.replace(good, blocks=[block, *good.blocks[1:]],  # type: ignore[arg-type]
                                 sender_lines=list(good.sender_lines),
                                 data={**good.data, "extra": {"a": [1, 2.5, "x", None]}})
    assert "Thank you for the call about the role." in rejectlet.render(letter, "text",
                                                                         force=True)


def test_a_per_person_letter_passes_with_its_person_fields() -> None:
    letters = rejectlet.letters_from_file(ROOT / "examples" / "panel-thanks.yaml")
    assert any(key.startswith("person.") for key in letters[0].data)
    for letter in letters:
        assert rejectlet.render(letter, "text", force=True)


def test_data_values_are_judged_no_more_strictly_than_the_renderers_need(
        good: Letter) -> None:
    """A value of another type than compose() would make is left to the renderers'
    own checks, with their own codes: the door refuses only what they cannot go
    through."""
    letter = dataclasses.replace(good, data={**good.data, "organization": ["Northwind"],
                                             "extra": {"a": [[["deep"]]]}})
    assert rejectlet.render(letter, "text", force=True)


def test_a_program_built_letter_is_held_to_the_composed_size(good: Letter) -> None:
    """compose() bounds a letter's text; a letter built by hand is held to the same
    bound, so it cannot make the rules read more than a composed one could."""
    long = _run(good, text="word " * 400)
    with budget(Limits(letter_chars=1_000)), pytest.raises(rejectlet.ArgumentError) as caught:
        rejectlet.validate(long)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.location is not None
    assert diagnostic.location.key == "validate(letter).blocks"
    assert rejectlet.validate(long) is not None  # the default size holds it


# -- budget() opened and closed in different places ---------------------------------------

def test_a_budget_left_in_another_thread_is_a_located_error() -> None:
    # run in a copy of the test's context: the block entered here is never left here
    contextvars.copy_context().run(_left_in_another_thread)


def _left_in_another_thread() -> None:
    manager = budget(Limits(seconds=1.0))
    manager.__enter__()
    caught: list[BaseException] = []

    def leave() -> None:
        try:
            manager.__exit__(None, None, None)
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=leave)
    worker.start()
    worker.join()
    assert [type(exc) for exc in caught] == [rejectlet.ArgumentError]
    error = caught[0]
    assert isinstance(error, rejectlet.ArgumentError)
    assert error.diagnostics[0].code == "RJ901"
    assert error.diagnostics[0].location is not None
    assert error.diagnostics[0].location.key == "budget()"
    # the block still holds where it was entered, as contextvars make it
    assert current_limits().seconds == 1.0


def _streaming() -> Iterator[str]:
    with budget(Limits(seconds=2.0)):
        yield "first"
        yield "second"


def test_a_budget_held_across_a_yield_covers_the_caller_until_the_generator_ends() -> None:
    """What docs/security.md says a streaming host sees: between the generator's
    yields, the caller's own calls run under the generator's budget."""
    assert current_limits() == Limits()
    pieces = _streaming()
    assert next(pieces) == "first"
    assert current_limits().seconds == 2.0
    assert list(pieces) == ["second"]
    assert current_limits() == Limits()


def test_a_generator_holding_a_budget_resumed_in_another_thread_is_a_located_error() -> None:
    contextvars.copy_context().run(_resumed_in_another_thread)


def _resumed_in_another_thread() -> None:
    pieces = _streaming()
    next(pieces)
    caught: list[BaseException] = []

    def finish() -> None:
        try:
            list(pieces)
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=finish)
    worker.start()
    worker.join()
    assert [type(exc) for exc in caught] == [rejectlet.ArgumentError]


def test_a_budget_per_piece_leaves_the_caller_untouched() -> None:
    """The shape docs/security.md recommends: a block around each piece's work,
    closed before the yield."""

    def pieces() -> Iterator[float]:
        for _ in range(2):
            with budget(Limits(seconds=2.0)) as limits:
                seconds = limits.seconds
            yield seconds

    stream = pieces()
    assert next(stream) == 2.0
    assert current_limits() == Limits()
    assert list(stream) == [2.0]
