"""Where things land on the printed page, measured in the PDF itself.

Every position here is read back from the rendered PDF with pdfplumber and
compared with the lengths written in ``formats.yaml``, converted to points by
this module, not by rejectlet: page sizes, the address inside the envelope
window, the return line in its zone, fold and punch marks in the margin, note
cards at their trim size and imposed on a sheet, and envelopes.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

import rejectlet
from rejectlet import RenderError
from rejectlet.cli import main
from rejectlet.paper.options import PrintOptions

pytestmark = pytest.mark.pdf

ROOT = Path(__file__).resolve().parent.parent
FORMATS_FILE = ROOT / "src" / "rejectlet" / "paper" / "formats.yaml"
CLASSIC_REPLY = ROOT / "examples" / "reply.yaml"
GERMAN_REPLY = ROOT / "examples" / "de-formell-reply.yaml"
WARM_REPLY = ROOT / "examples" / "warm-reply.yaml"
WARM_CHECK_IN = ROOT / "packs" / "warm" / "samples" / "check-in.yaml"

INCH = 72.0
MM = 72.0 / 25.4
PAPER_SIZES = {"letter": (8.5 * INCH, 11 * INCH), "a4": (210 * MM, 297 * MM)}
#: how far a measured mark may sit from where the format puts it
MARK_TOLERANCE = 0.5 * MM
#: glyph boxes are a hair larger than the line box that holds them
TEXT_TOLERANCE = 0.5

CLASSIC_ADDRESS = ["Ms. Elena Marsh", "Director of Analytics", "Northwind Logistics",
                   "1200 Harbor Way", "Seattle, WA 98101"]
CLASSIC_RETURN = ["Priya Raman", "418 Alder Street, Apt. 3", "Portland, OR 97205"]
GERMAN_ADDRESS = ["Rheinwerk Energie AG", "Herrn Dr. Martin Albrecht",
                  "Leiter Unternehmensentwicklung", "Agrippinawerft 8", "50678 Köln"]
GERMAN_RETURN = ["Jonas Petersen", "Körnerstraße 27", "50823 Köln"]
WARM_ADDRESS = ["Ms. Rachel Kim", "Head of Community Engagement", "Maplewood Public Library",
                "210 Elm Street", "Columbus, OH 43215"]
WARM_RETURN = ["Amara Osei", "27 Linden Court, Apt. 5B", "Columbus, OH 43215"]

WINDOW_CASES = {
    "us-10-window": (CLASSIC_REPLY, CLASSIC_ADDRESS),
    "din5008-a": (GERMAN_REPLY, GERMAN_ADDRESS),
    "din5008-b": (GERMAN_REPLY, GERMAN_ADDRESS),
}


# -- lengths and formats, read independently ------------------------------------------
def points(length: str | float) -> float:
    """A length from formats.yaml ('0.875in', '20mm') in PDF points."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)\s*", str(length))
    assert match, f"not a length: {length!r}"
    per_unit = {"in": INCH, "mm": MM, "cm": 10 * MM, "pt": 1.0}
    return float(match.group(1)) * per_unit[match.group(2)]


def builtin_formats() -> dict[str, Any]:
    data = yaml.safe_load(FORMATS_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def box(spec: dict[str, str], page_height: float | None = None) -> tuple[float, float,
                                                                            float, float]:
    """left, top, right, bottom in points; an open-ended box reaches the page's foot."""
    left, top, width = points(spec["left"]), points(spec["top"]), points(spec["width"])
    if "height" in spec:
        bottom = top + points(spec["height"])
    else:
        assert page_height is not None
        bottom = page_height
    return left, top, left + width, bottom


# -- reading the PDF -----------------------------------------------------------------
Word = dict[str, Any]


def open_pdf(pdf: bytes) -> pdfplumber.PDF:
    assert pdf.startswith(b"%PDF-")
    return pdfplumber.open(io.BytesIO(pdf))


def find_line(words: list[Word], line: str, below: float = -1.0) -> list[Word]:
    """The words of the topmost printed line under ``below`` that reads ``line``."""
    tokens = line.split()
    for start in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if start["text"] != tokens[0] or start["top"] <= below:
            continue
        same_row = sorted((w for w in words if abs(w["top"] - start["top"]) < 1.0
                           and w["x0"] >= start["x0"] - 0.1), key=lambda w: w["x0"])
        if [w["text"] for w in same_row[:len(tokens)]] == tokens:
            return same_row[:len(tokens)]
    printed = " | ".join(w["text"] for w in words[:80])
    raise AssertionError(f"no printed line reads {line!r}; the page has: {printed}")


def find_block(words: list[Word], lines: list[str]) -> list[Word]:
    """The words of several lines printed one under another, in that order."""
    found: list[Word] = []
    below = -1.0
    for line in lines:
        row = find_line(words, line, below)
        below = row[0]["top"]
        found.extend(row)
    return found


def outside(words: list[Word], area: tuple[float, float, float, float]) -> list[str]:
    left, top, right, bottom = area
    return [f"{w['text']} at x {w['x0']:.1f}–{w['x1']:.1f}, y {w['top']:.1f}–{w['bottom']:.1f}"
            for w in words
            if w["x0"] < left - TEXT_TOLERANCE or w["x1"] > right + TEXT_TOLERANCE
            or w["top"] < top - TEXT_TOLERANCE or w["bottom"] > bottom + TEXT_TOLERANCE]


def strokes(page: Any) -> Iterator[dict[str, Any]]:
    """Drawn rectangles and lines (a ruled border is either, by the producer's choice)."""
    yield from page.rects
    yield from page.lines


def margin_marks(page: Any) -> list[float]:
    """Vertical positions of short hairlines that start at the sheet's left edge."""
    found = sorted((s["top"] + s["bottom"]) / 2 for s in strokes(page)
                   if s["x0"] < 1.0 and s["x1"] - s["x0"] < 30.0
                   and s["bottom"] - s["top"] < 1.5)
    merged: list[float] = []
    for y in found:
        if not merged or y - merged[-1] > 1.0:
            merged.append(y)
    return merged


def full_width_lines(page: Any) -> list[float]:
    return [(s["top"] + s["bottom"]) / 2 for s in strokes(page)
            if s["x0"] < 1.0 and s["x1"] > page.width - 1.0 and s["bottom"] - s["top"] < 1.5]


def outlines(page: Any, area: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    left, top, right, bottom = area
    return [r for r in page.rects
            if abs(r["x0"] - left) < 1.0 and abs(r["x1"] - right) < 1.0
            and abs(r["top"] - top) < 1.0 and abs(r["bottom"] - bottom) < 1.0]


# -- rendering -----------------------------------------------------------------------
def render_file(data: Path, **options: Any) -> bytes:
    letter = rejectlet.letter_from_file(data)
    return rejectlet.render(letter, "pdf", options=PrintOptions(**options))


@pytest.fixture(scope="module")
def layout_pdfs() -> dict[str, bytes]:
    """Each layout rendered once: plain ones with the classic reply, window ones with
    their example."""
    pdfs = {name: render_file(CLASSIC_REPLY, layout=name)
            for name in ("letter-plain", "a4-plain")}
    pdfs.update({name: render_file(data, layout=name)
                 for name, (data, _) in WINDOW_CASES.items()})
    return pdfs


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# -- page sizes ----------------------------------------------------------------------
@pytest.mark.parametrize("layout", ["letter-plain", "a4-plain", "us-10-window", "din5008-a",
                                    "din5008-b"])
def test_each_layout_prints_on_its_paper(layout_pdfs: dict[str, bytes], layout: str) -> None:
    paper = builtin_formats()["layouts"][layout]["paper"]
    width, height = PAPER_SIZES[paper]
    with open_pdf(layout_pdfs[layout]) as pdf:
        for page in pdf.pages:
            assert (float(page.width), float(page.height)) == pytest.approx(
                (width, height), abs=0.3), f"{layout} page {page.page_number}"


def test_letter_is_612_by_792_points_and_a4_is_595_by_842(
        layout_pdfs: dict[str, bytes]) -> None:
    with open_pdf(layout_pdfs["letter-plain"]) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx((612, 792), abs=0.1)
    with open_pdf(layout_pdfs["a4-plain"]) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx((595.3, 841.9),
                                                                          abs=0.1)


# -- the address in the window -------------------------------------------------------
@pytest.mark.parametrize("layout", list(WINDOW_CASES))
def test_the_recipients_address_lies_inside_the_window(layout_pdfs: dict[str, bytes],
                                                       layout: str) -> None:
    _, address = WINDOW_CASES[layout]
    window = box(builtin_formats()["layouts"][layout]["window"])
    with open_pdf(layout_pdfs[layout]) as pdf:
        words = find_block(pdf.pages[0].extract_words(), address)
    assert len(words) == sum(len(line.split()) for line in address)
    assert outside(words, window) == []
    # and it starts at the window's left edge, as a window address should
    assert min(w["x0"] for w in words) == pytest.approx(window[0], abs=1.0)


@pytest.mark.parametrize("layout", ["din5008-a", "din5008-b"])
def test_the_din_return_line_sits_in_the_windows_top_five_millimetres(
        layout_pdfs: dict[str, bytes], layout: str) -> None:
    spec = builtin_formats()["layouts"][layout]
    left, top, right, _ = box(spec["window"])
    zone = (left, top, right, top + points(spec["return_zone"]))
    assert points(spec["return_zone"]) == pytest.approx(5 * MM)
    with open_pdf(layout_pdfs[layout]) as pdf:
        words = pdf.pages[0].extract_words()
    # the sender's name, street and town on one small line, topmost on the page
    line = find_line(words, "Jonas Petersen · Körnerstraße 27 · 50823 Köln")
    assert outside(line, zone) == []
    assert all(w["bottom"] - w["top"] < 9.0 for w in line), "the return line is small print"
    assert not any("@" in w["text"] and w["top"] < zone[3] for w in words), \
        "no email address in the return line"


@pytest.mark.parametrize("layout", ["din5008-a", "din5008-b"])
def test_the_din_address_starts_below_the_return_and_notes_zones(
        layout_pdfs: dict[str, bytes], layout: str) -> None:
    spec = builtin_formats()["layouts"][layout]
    zones_end = points(spec["window"]["top"]) + points(spec["return_zone"]) \
        + points(spec["notes_zone"])
    with open_pdf(layout_pdfs[layout]) as pdf:
        words = find_block(pdf.pages[0].extract_words(), GERMAN_ADDRESS)
    assert min(w["top"] for w in words) >= zones_end - TEXT_TOLERANCE


# -- fold and punch marks ------------------------------------------------------------
FOLDS = {
    "us-10-window": ([3.667 * INCH, 7.333 * INCH], None),
    "din5008-a": ([87 * MM, 192 * MM], 148.5 * MM),
    "din5008-b": ([105 * MM, 210 * MM], 148.5 * MM),
}


@pytest.mark.parametrize("layout", list(FOLDS))
def test_fold_marks_sit_at_the_folds_of_the_layout(layout_pdfs: dict[str, bytes],
                                                   layout: str) -> None:
    folds, punch = FOLDS[layout]
    from_yaml = [points(f) for f in builtin_formats()["layouts"][layout]["folds"]]
    assert from_yaml == pytest.approx(folds, abs=0.01)
    expected = sorted([*folds, *([punch] if punch is not None else [])])
    with open_pdf(layout_pdfs[layout]) as pdf:
        marks = margin_marks(pdf.pages[0])
    assert len(marks) == len(expected), f"marks at {marks}, expected {expected}"
    for got, want in zip(marks, expected, strict=True):
        assert got == pytest.approx(want, abs=MARK_TOLERANCE), f"marks at {marks}"


@pytest.mark.parametrize("layout", ["din5008-a", "din5008-b"])
def test_the_punch_mark_halves_the_a4_sheet(layout_pdfs: dict[str, bytes], layout: str) -> None:
    with open_pdf(layout_pdfs[layout]) as pdf:
        page = pdf.pages[0]
        marks = margin_marks(page)
        assert any(abs(m - 148.5 * MM) <= MARK_TOLERANCE for m in marks), marks
        assert page.height / 2 == pytest.approx(148.5 * MM, abs=0.1)


@pytest.mark.parametrize("layout", ["letter-plain", "a4-plain"])
def test_a_plain_layout_has_no_marks_in_the_margin(layout_pdfs: dict[str, bytes],
                                                   layout: str) -> None:
    with open_pdf(layout_pdfs[layout]) as pdf:
        assert margin_marks(pdf.pages[0]) == []


@pytest.mark.parametrize("layout", list(WINDOW_CASES))
def test_debug_marks_draw_full_width_folds_and_the_window_outline(
        layout_pdfs: dict[str, bytes], layout: str) -> None:
    data, _ = WINDOW_CASES[layout]
    spec = builtin_formats()["layouts"][layout]
    window = box(spec["window"])
    folds = [points(f) for f in spec["folds"]]
    with open_pdf(layout_pdfs[layout]) as pdf:
        assert full_width_lines(pdf.pages[0]) == []
        assert outlines(pdf.pages[0], window) == []
    with open_pdf(render_file(data, layout=layout, debug=True)) as pdf:
        page = pdf.pages[0]
        lines = full_width_lines(page)
        for fold in folds:
            assert any(abs(y - fold) <= MARK_TOLERANCE for y in lines), (fold, lines)
        assert outlines(page, window), "no outline around the window"


# -- a formats file of one's own -----------------------------------------------------
MOVED_WINDOW = """
layouts:
  us-10-window:
    description: A #10 envelope whose window sits lower and further in.
    paper: letter
    margins: [0.5in, 0.75in, 0.75in, 1in]
    window: {left: 1.25in, top: 2.5in, width: 3.75in, height: 1.125in}
    sender: {left: 4.75in, top: 0.5in, width: 3in}
    folds: [3.667in, 7.333in]
"""


def test_a_users_formats_file_moves_the_address_with_the_window(
        layout_pdfs: dict[str, bytes], tmp_path: Path) -> None:
    own = tmp_path / "my-envelopes.yaml"
    own.write_text(textwrap.dedent(MOVED_WINDOW), encoding="utf-8")
    moved_window = box(yaml.safe_load(own.read_text())["layouts"]["us-10-window"]["window"])
    old_window = box(builtin_formats()["layouts"]["us-10-window"]["window"])
    with open_pdf(layout_pdfs["us-10-window"]) as pdf:
        before = find_block(pdf.pages[0].extract_words(), CLASSIC_ADDRESS)
    pdf_bytes = render_file(CLASSIC_REPLY, layout="us-10-window", formats_file=own)
    with open_pdf(pdf_bytes) as pdf:
        after = find_block(pdf.pages[0].extract_words(), CLASSIC_ADDRESS)
    assert outside(after, moved_window) == []
    shift_x = moved_window[0] - old_window[0]
    shift_y = moved_window[1] - old_window[1]
    assert shift_x > 20 and shift_y > 20  # the file really moves it
    for old, new in zip(before, after, strict=True):
        assert new["x0"] - old["x0"] == pytest.approx(shift_x, abs=0.5)
        assert new["top"] - old["top"] == pytest.approx(shift_y, abs=0.5)


# -- an address that does not fit ----------------------------------------------------
def _with_address(example_data: dict[str, Any], *lines: str) -> rejectlet.Letter:
    example_data["recipient"]["address"] = "\n".join(lines) + "\n"
    return rejectlet.compose(rejectlet.load_pack("classic"), "reply", example_data)


def test_an_address_too_tall_for_the_window_is_refused(example_data: dict[str, Any]) -> None:
    letter = _with_address(example_data, "1200 Harbor Way", "Building 7, Floor 3",
                           "Attn: Recruiting Operations", "Mail Stop 44-B",
                           "Seattle, WA 98101")
    with pytest.raises(RenderError) as raised:
        rejectlet.render(letter, "pdf", options=PrintOptions(layout="us-10-window"))
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ453"
    assert "too tall" in diagnostic.message
    assert "us-10-window" in diagnostic.message


def test_an_address_too_wide_for_the_window_is_refused(example_data: dict[str, Any]) -> None:
    letter = _with_address(example_data,
                           "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenkassenamt",
                           "Seattle, WA 98101")
    with pytest.raises(RenderError) as raised:
        rejectlet.render(letter, "pdf", options=PrintOptions(layout="din5008-a"))
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ453"
    assert "too wide" in diagnostic.message


def test_the_cli_writes_nothing_for_an_address_that_does_not_fit(tmp_path: Path) -> None:
    text = CLASSIC_REPLY.read_text(encoding="utf-8").replace(
        "    Seattle, WA 98101\n",
        "    Seattle, WA 98101\n    Building 7, Floor 3\n    Attn: Recruiting Operations\n"
        "    Mail Stop 44-B\n")
    data = tmp_path / "tall.yaml"
    data.write_text(text, encoding="utf-8")
    target = tmp_path / "tall.pdf"
    result = run_cli("render", str(data), "-f", "pdf", "--layout", "us-10-window",
                     "-o", str(target))
    assert result.exit_code == 2, result.output
    assert "RJ453" in result.stderr
    assert "tall.yaml:19:" in result.stderr  # points at the recipient's address
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tall.yaml"]


def test_a_long_return_line_is_not_blamed_on_the_recipients_address(tmp_path: Path) -> None:
    """The recipient's address fits; only the sender's one-line return address is long."""
    text = GERMAN_REPLY.read_text(encoding="utf-8").replace(
        "  name: Jonas Petersen\n", "  name: Dr. Maximiliane Musterfrau-Schönberg-Hohenstein\n"
    ).replace("    Körnerstraße 27\n", "    Körnerstraße 27a, Hinterhaus, 3. Obergeschoss links\n")
    data = tmp_path / "long-sender.yaml"
    data.write_text(text, encoding="utf-8")
    try:
        render_file(data, layout="din5008-a")
    except RenderError as exc:
        blamed = [str(d) for d in exc.diagnostics
                  if "recipient" in d.message or (d.location is not None
                                                  and d.location.line == 20)]
        assert blamed == [], "the recipient's address (line 20) fits its window"


# -- note cards ----------------------------------------------------------------------
@pytest.mark.parametrize(("card", "size"), [
    ("us-a2", (4.25 * INCH, 5.5 * INCH)),
    ("us-a7", (5 * INCH, 7 * INCH)),
    ("iso-a6", (105 * MM, 148 * MM)),
])
def test_a_flat_card_is_one_page_of_the_cards_trim_size(card: str,
                                                        size: tuple[float, float]) -> None:
    from_yaml = tuple(points(v) for v in builtin_formats()["cards"][card]["size"])
    assert from_yaml == pytest.approx(size, abs=0.01)
    with open_pdf(render_file(WARM_CHECK_IN, card=card)) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert (float(page.width), float(page.height)) == pytest.approx(size, abs=0.3)
        words = page.extract_words()
    find_line(words, "Dear Grace,")
    assert outside(words, (0, 0, size[0], size[1])) == []


@pytest.fixture(scope="module")
def folded_a2() -> bytes:
    return render_file(WARM_CHECK_IN, card="us-a2", folded=True)


#: a US A2 spread (two 4.25 x 5.5 in panels) centred on landscape Letter
SHEET = (11 * INCH, 8.5 * INCH)
SPREAD = ((SHEET[0] - 8.5 * INCH) / 2, (SHEET[1] - 5.5 * INCH) / 2,
          (SHEET[0] + 8.5 * INCH) / 2, (SHEET[1] + 5.5 * INCH) / 2)
SPINE = SHEET[0] / 2


def hairlines(page: Any) -> list[dict[str, Any]]:
    return [s for s in strokes(page) if min(s["x1"] - s["x0"], s["bottom"] - s["top"]) < 1.0
            and 5.0 < max(s["x1"] - s["x0"], s["bottom"] - s["top"]) < 40.0]


def test_a_folded_card_is_two_landscape_letter_pages(folded_a2: bytes) -> None:
    with open_pdf(folded_a2) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert (float(page.width), float(page.height)) == pytest.approx(SHEET, abs=0.3)


def test_crop_marks_point_at_each_corner_of_the_spread_on_both_sides(folded_a2: bytes) -> None:
    left, top, right, bottom = SPREAD
    with open_pdf(folded_a2) as pdf:
        for page in pdf.pages:
            marks = hairlines(page)
            vertical = [m for m in marks if m["x1"] - m["x0"] < 1.0]
            horizontal = [m for m in marks if m["bottom"] - m["top"] < 1.0]
            for x in (left, right):
                above = [m for m in vertical if abs(m["x0"] - x) < 0.5 and m["bottom"] < top]
                below = [m for m in vertical if abs(m["x0"] - x) < 0.5 and m["top"] > bottom]
                assert above and below, f"page {page.page_number}: no crop mark at x={x}"
            for y in (top, bottom):
                before = [m for m in horizontal if abs(m["top"] - y) < 0.5 and m["x1"] < left]
                after = [m for m in horizontal if abs(m["top"] - y) < 0.5 and m["x0"] > right]
                assert before and after, f"page {page.page_number}: no crop mark at y={y}"
            spine = [m for m in vertical if abs(m["x0"] - SPINE) < 0.5]
            assert any(m["bottom"] < top for m in spine) and any(m["top"] > bottom
                                                                 for m in spine)
            # no mark reaches onto the card, nor into the 3 mm bleed around it
            for m in marks:
                clear = (m["bottom"] <= top - 3 * MM or m["top"] >= bottom + 3 * MM
                         or m["x1"] <= left - 3 * MM or m["x0"] >= right + 3 * MM)
                assert clear, f"page {page.page_number}: a mark at {m['x0']:.1f},{m['top']:.1f}"


def test_the_front_is_on_the_outsides_right_and_the_message_on_the_insides_right(
        folded_a2: bytes) -> None:
    _, top, right, bottom = SPREAD
    right_panel = (SPINE, top, right, bottom)
    with open_pdf(folded_a2) as pdf:
        outside_words = pdf.pages[0].extract_words()
        inside_words = pdf.pages[1].extract_words()
    front = find_line(outside_words, "Thank you")
    assert outside(front, right_panel) == []
    assert [w["text"] for w in outside_words] == ["Thank", "you"], "the back panel is blank"
    message = find_block(inside_words, ["Dear Grace,", "Best wishes,", "Jonah Reyes"])
    assert outside(message, right_panel) == []
    assert outside(inside_words, right_panel) == [], "the whole message is on the right"


def test_the_coloured_front_bleeds_past_the_trim(folded_a2: bytes) -> None:
    _, top, right, bottom = SPREAD
    colour = (0xF3 / 255, 0xEB / 255, 0xE2 / 255)  # the warm pack's card background
    with open_pdf(folded_a2) as pdf:
        fills = [r for r in pdf.pages[0].rects
                 if r.get("non_stroking_color") is not None
                 and len(r["non_stroking_color"]) == 3
                 and r["non_stroking_color"] == pytest.approx(colour, abs=0.01)]
    assert len(fills) == 1
    [fill] = fills
    assert fill["x0"] == pytest.approx(SPINE, abs=0.5), "the colour stops at the spine"
    assert fill["x1"] >= right + 2.5 * MM
    assert fill["top"] <= top - 2.5 * MM
    assert fill["bottom"] >= bottom + 2.5 * MM


BIG_CARD = """
cards:
  big-note:
    description: A 6 x 9 in card; folded, its spread is 12 x 9 in
    size: [6in, 9in]
"""


def test_a_folded_card_wider_than_its_sheet_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "cards.yaml"
    own.write_text(textwrap.dedent(BIG_CARD), encoding="utf-8")
    spread = 2 * points("6in"), points("9in")
    assert spread[0] > SHEET[0] and spread[1] > SHEET[1]
    with pytest.raises(RenderError):
        render_file(WARM_CHECK_IN, card="big-note", folded=True, formats_file=own)


def test_a_message_too_long_for_a_flat_card_is_refused() -> None:
    with pytest.raises(RenderError) as raised:
        render_file(CLASSIC_REPLY, card="us-a2")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ452"
    assert "us-a2" in diagnostic.message


def test_a_message_too_long_for_a_folded_card_is_refused() -> None:
    with pytest.raises(RenderError) as raised:
        render_file(CLASSIC_REPLY, card="us-a2", folded=True)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RJ452"
    assert "inside panel" in diagnostic.message


# -- envelopes -----------------------------------------------------------------------
ENVELOPE_CASES = {
    "us-10": (CLASSIC_REPLY, {}, CLASSIC_ADDRESS, CLASSIC_RETURN),
    "iso-dl": (GERMAN_REPLY, {}, GERMAN_ADDRESS, GERMAN_RETURN),
    "us-a7-envelope": (WARM_REPLY, {"card": "us-a7"}, WARM_ADDRESS, WARM_RETURN),
}


@pytest.mark.parametrize("envelope", list(ENVELOPE_CASES))
def test_an_envelope_has_its_size_and_both_addresses_in_place(envelope: str) -> None:
    data, options, address, sender = ENVELOPE_CASES[envelope]
    spec = builtin_formats()["envelopes"][envelope]
    width, height = (points(v) for v in spec["size"])
    letter = rejectlet.letter_from_file(data)
    pdf_bytes = rejectlet.render(letter, "envelope", options=PrintOptions(**options))
    with open_pdf(pdf_bytes) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert (float(page.width), float(page.height)) == pytest.approx((width, height),
                                                                        abs=0.3)
        words = page.extract_words()
    recipient = find_block(words, address)
    assert outside(recipient, box(spec["recipient"], height)) == []
    back = find_block(words, sender)
    assert outside(back, box(spec["return"], height)) == []
    assert outside(back, (0, 0, width / 2, height / 2)) == [], "the return address is top-left"
    assert not any("@" in w["text"] for w in words), "no email address on an envelope"
    assert len(words) == len(recipient) + len(back), "nothing else is printed"
