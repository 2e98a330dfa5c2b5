"""Plain-text output: wrapping, paragraph spacing, emphasis, links and the order of parts."""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.pack import load_pack_folder
from tests.conftest import EXAMPLE

WIDTH = 72


def text_pack_yaml(extra: str = "A plain extra paragraph.",
                   body: Sequence[str] = ("thanks", "fit", "interest"),
                   ps: Sequence[str] = (), subject: str | None = None) -> str:
    """A small pack whose ``extra`` section holds whatever Markdown a test needs."""
    lines = [
        "pack: textcheck",
        "version: 1.0.0",
        "language: en",
        "variables:",
        "  name: {type: string, required: true}",
        "  site: {type: string}",
        "  topic: {type: string}",
        "sections:",
        "  thanks: {kind: gratitude, text: 'Thank you, {{ name }}, for the time you gave me.'}",
        "  fit: {kind: resell, text: 'My background suits the work.'}",
        "  interest: {kind: interest, text: 'I remain interested in the team.'}",
        "  update: {kind: update, text: 'I have since finished a course.'}",
        "  feedback: {kind: feedback, text: 'Any advice would be welcome.'}",
        "  extra:",
        "    kind: other",
        "    text: |",
        textwrap.indent(textwrap.dedent(extra).strip("\n"), "      "),
        "letters:",
        "  reply:",
    ]
    if subject is not None:
        lines.append(f"    subject: {subject!r}")
    lines += [
        "    salutation: 'Dear {{ name }},'",
        f"    body: [{', '.join(body)}]",
        f"    ps: [{', '.join(ps)}]",
        "    closing: 'Best regards,'",
        "    signature: Sam Lee",
    ]
    return "\n".join(lines) + "\n"


TextFactory = Callable[..., str]


@pytest.fixture
def render_text(make_pack: Callable[..., Path]) -> TextFactory:
    """Compose the test pack's reply with ``data`` and render it as text."""
    def build(data: dict[str, Any] | None = None, *, force: bool = False,
              **pack_options: Any) -> str:
        pack = load_pack_folder(make_pack(text_pack_yaml(**pack_options)))
        letter = rejectlet.compose(pack, "reply", {"name": "Ana", **(data or {})})
        return rejectlet.render(letter, "text", force=force)
    return build


@pytest.fixture
def example_text(classic: rejectlet.Pack) -> str:
    return rejectlet.render(rejectlet.compose(classic, "reply",
                                              rejectlet.read_data_file(EXAMPLE)), "text")


def _normal(text: str) -> str:
    return " ".join(text.split())


def _assert_fits(text: str) -> None:
    for line in text.splitlines():
        assert len(line) <= WIDTH or len(line.split()) == 1, f"{len(line)} columns: {line!r}"


def _assert_filled_greedily(text: str, closing: str) -> None:
    """Within a wrapped paragraph, no line could have taken the next line's first word."""
    for chunk in text.rstrip("\n").split("\n\n"):
        if chunk.startswith(closing):
            continue  # the closing and signature are separate lines by design
        lines = chunk.split("\n")
        for current, following in itertools.pairwise(lines):
            first_word = following.split()[0]
            assert len(current) + 1 + len(first_word) > WIDTH, (current, following)


# -- wrapping --------------------------------------------------------------------------


def test_the_example_letter_wraps_at_72_columns(example_text: str) -> None:
    _assert_fits(example_text)
    _assert_filled_greedily(example_text, "Sincerely,")
    assert max(len(line) for line in example_text.splitlines()) > 60  # it did need wrapping


@pytest.mark.parametrize("long_word", [
    "https://example.com/" + "a" * 90,
    "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2,
])
def test_a_word_longer_than_the_line_stands_alone_unbroken(
        classic: rejectlet.Pack, example_data: dict[str, Any], long_word: str) -> None:
    example_data["strengths"] = f"I maintain {long_word} and several other projects."
    text = rejectlet.render(rejectlet.compose(classic, "reply", example_data), "text")
    _assert_fits(text)
    assert long_word in text.splitlines()


def test_a_long_paragraph_wraps_into_many_short_lines(render_text: TextFactory) -> None:
    sentence = "Every sentence here is ordinary and short. "
    text = render_text(extra=sentence * 20, body=("thanks", "extra", "interest"))
    paragraph = next(chunk for chunk in text.split("\n\n") if chunk.startswith("Every"))
    assert paragraph.count("\n") >= 10
    assert _normal(paragraph) == _normal(sentence * 20)
    _assert_fits(text)
    _assert_filled_greedily(text, "Best regards,")


# -- paragraphs and the order of parts -------------------------------------------------


def test_paragraphs_are_separated_by_exactly_one_blank_line(example_text: str) -> None:
    assert "\n\n\n" not in example_text
    assert example_text.endswith("\n")
    assert not example_text.endswith("\n\n")
    assert not example_text.startswith("\n")
    for line in example_text.splitlines():
        assert line == line.rstrip(), f"trailing space in {line!r}"
    chunks = example_text.rstrip("\n").split("\n\n")
    # subject, salutation, four body paragraphs, closing with signature, P.S.
    assert len(chunks) == 8


@pytest.mark.parametrize("body", [
    ("thanks", "fit", "interest", "update"),
    ("thanks", "update", "interest", "fit"),
    ("thanks", "interest", "fit"),
])
def test_sections_appear_in_body_order_and_the_postscript_last(
        render_text: TextFactory, body: tuple[str, ...]) -> None:
    text = render_text(body=body, ps=("feedback",))
    words = {
        "thanks": "Thank you, Ana, for the time you gave me.",
        "fit": "My background suits the work.",
        "interest": "I remain interested in the team.",
        "update": "I have since finished a course.",
    }
    assert text == "\n\n".join([
        "Dear Ana,",
        *(words[section] for section in body),
        "Best regards,\nSam Lee",
        "P.S. Any advice would be welcome.",
    ]) + "\n"


def test_the_subject_line_comes_first(example_text: str) -> None:
    first, blank, salutation = example_text.splitlines()[:3]
    assert first == "Subject: Priya Raman — Senior Data Analyst Position"
    assert blank == ""
    assert salutation == "Dear Ms. Marsh,"


def test_a_subject_is_written_when_the_letter_has_one(render_text: TextFactory) -> None:
    text = render_text(subject="Thank you — {{ name }}")
    assert text.startswith("Subject: Thank you — Ana\n\nDear Ana,\n\n")


def test_no_subject_line_when_the_letter_has_no_subject(render_text: TextFactory) -> None:
    text = render_text()
    assert "Subject" not in text
    assert text.startswith("Dear Ana,\n\n")


def test_no_subject_line_when_the_subject_comes_out_empty(render_text: TextFactory) -> None:
    text = render_text(subject="{{ topic }}")
    assert "Subject" not in text
    assert text.startswith("Dear Ana,\n\n")


def test_the_postscript_comes_after_the_signature(example_text: str) -> None:
    signature = example_text.index("Sincerely,\nPriya Raman\n")
    postscript = example_text.index("P.S. If your policies allow it")
    assert signature < postscript
    assert example_text.count("P.S.") == 1
    assert example_text.rstrip("\n").split("\n\n")[-1].startswith("P.S. ")


def test_classic_sections_follow_the_pack_order(example_text: str) -> None:
    openings = ["Dear Ms. Marsh,", "Thank you for letting me know", "Although I am disappointed",
                "My interest in Northwind Logistics", "With your permission", "Sincerely,",
                "P.S. If your policies"]
    positions = [example_text.index(opening) for opening in openings]
    assert positions == sorted(positions)


# -- emphasis ----------------------------------------------------------------------------


@pytest.mark.parametrize(("markdown", "plain"), [
    ("I *really* enjoyed it.", "I really enjoyed it."),
    ("I _really_ enjoyed it.", "I really enjoyed it."),
    ("I **really** enjoyed it.", "I really enjoyed it."),
    ("I __really__ enjoyed it.", "I really enjoyed it."),
    ("I ***really*** enjoyed it.", "I really enjoyed it."),
    ("I enjoyed `pandas` work.", "I enjoyed pandas work."),
    ("**Bold with _inner_ emphasis** here.", "Bold with inner emphasis here."),
    ("*one* and **two** and _three_.", "one and two and three."),
])
def test_markdown_emphasis_disappears_from_text(render_text: TextFactory, markdown: str,
                                                plain: str) -> None:
    text = render_text(extra=markdown, body=("thanks", "extra", "interest"))
    assert plain in text.split("\n\n")
    for marker in "*_`":
        assert marker not in text


def test_the_classic_role_loses_its_bold_markers(example_text: str) -> None:
    assert "decision about the Senior Data Analyst position" in _normal(example_text)
    assert "*" not in example_text


def test_asterisks_and_underscores_in_data_are_kept(render_text: TextFactory) -> None:
    text = render_text({"name": "*NSYNC_fan*"})
    assert "Dear *NSYNC_fan*," in text
    assert "Thank you, *NSYNC_fan*, for the time you gave me." in text


# -- links and lists -------------------------------------------------------------------------


@pytest.mark.parametrize(("markdown", "plain"), [
    ("See [our careers page](https://example.com/careers).",
     "See our careers page (https://example.com/careers)."),
    ("Please [write to me](mailto:sam@example.com).",
     "Please write to me (sam@example.com)."),
    ("Call [my office](tel:+15035550147).", "Call my office (tel:+15035550147)."),
    ("Visit <https://example.com/jobs> soon.", "Visit https://example.com/jobs soon."),
    ("Mail [sam@example.com](mailto:sam@example.com) soon.", "Mail sam@example.com soon."),
    ("Do not [click](javascript:alert(1)) here.", "Do not click here."),
])
def test_links_show_their_address_in_text(render_text: TextFactory, markdown: str,
                                          plain: str) -> None:
    text = render_text(extra=markdown, body=("thanks", "extra", "interest"))
    assert plain in text.split("\n\n")


def test_a_link_address_from_data_is_shown(render_text: TextFactory) -> None:
    text = render_text({"site": "https://sam.example/portfolio"},
                       extra="My [portfolio]({{ site }}) has more.",
                       body=("thanks", "extra", "interest"))
    assert "My portfolio (https://sam.example/portfolio) has more." in text


@pytest.mark.parametrize(("markdown", "plain"), [
    ("- first point\n- second point", "- first point\n- second point"),
    ("* first point\n* second point", "- first point\n- second point"),
    ("1. first step\n2. second step\n3. third step",
     "1. first step\n2. second step\n3. third step"),
    ("1. first step\n1. second step", "1. first step\n2. second step"),
])
def test_list_items_keep_their_markers_line_after_line(render_text: TextFactory, markdown: str,
                                                       plain: str) -> None:
    text = render_text(extra=markdown, body=("thanks", "extra", "interest"))
    assert plain in text.split("\n\n")
    assert "*" not in text


@pytest.mark.parametrize(("markdown", "marker"), [
    ("- " + "a rather long list item " * 8, "- "),
    ("1. " + "a rather long list item " * 8, "1. "),
])
def test_a_long_list_item_wraps_under_its_own_text(render_text: TextFactory, markdown: str,
                                                   marker: str) -> None:
    text = render_text(extra=markdown, body=("thanks", "extra", "interest"))
    item = next(chunk for chunk in text.split("\n\n") if chunk.startswith(marker))
    _first, *rest = item.split("\n")
    assert rest, "the item should need more than one line"
    for line in rest:
        assert line.startswith(" " * len(marker))
        assert not line.startswith(" " * (len(marker) + 1))
    _assert_fits(text)


def test_remembered_wrapping_gives_the_wrapping_done_afresh() -> None:
    from rejectlet.renderers import text as text_renderer

    words = ("Thank you for letting me know about the Senior Data Analyst position "
             "and for the time you gave my application; " * 3).strip()
    for width, first, rest in ((72, "", ""), (40, "- ", "  "), (20, "1. ", "   ")):
        afresh = text_renderer._fill(words, width, first, rest)
        assert text_renderer._wrap(words, width, first, rest) == afresh
        assert text_renderer._wrap(words, width, first, rest) == afresh  # from memory
        assert max(len(line) for line in afresh.splitlines()) <= width
    long_text = "word " * (text_renderer.MEMO_CHARS // 5 + 10)
    before = text_renderer._wrapped.cache_info()
    assert text_renderer._wrap(long_text, 72) == text_renderer._fill(long_text, 72, "", "")
    assert text_renderer._wrapped.cache_info() == before  # long paragraphs are not kept
