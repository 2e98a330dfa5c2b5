"""The first page of each print format, compared as a picture with a committed
reference: a letter on plain paper, a #10 window letter, a DIN 5008 form A
letter, a flat A7 card, the outside of a folded A2 card and a #10 envelope.

Each PDF is rendered with a fixed date and turned into a PNG with poppler's
pdftoppm at 50 dpi. A page matches its reference when both are the same size
and differ only by a trace of anti-aliasing.

To accept new looks on purpose, run the tests with --update-references:
they then write tests/references/print-<name>.png, and the same picture to
examples/previews/<name>.png for the documentation, instead of comparing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image, ImageChops

from rejectlet.cli import main

pytestmark = pytest.mark.pdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REFERENCES = HERE / "references"
PREVIEWS = ROOT / "examples" / "previews"

DPI = 50
#: mean absolute difference per channel, on a 0-255 scale
MEAN_LIMIT = 0.1
#: share of pixels where some channel differs by more than PIXEL_STEP
SHARE_LIMIT = 0.001
PIXEL_STEP = 48

CLASSIC_REPLY = ROOT / "examples" / "reply.yaml"
FORMATS: dict[str, tuple[Path, tuple[str, ...]]] = {
    "letter-plain": (CLASSIC_REPLY, ("-f", "pdf", "--layout", "letter-plain")),
    "us-10-window": (CLASSIC_REPLY, ("-f", "pdf", "--layout", "us-10-window")),
    "din5008-a": (ROOT / "examples" / "de-formell-reply.yaml",
                  ("-f", "pdf", "--layout", "din5008-a")),
    "card-us-a7": (ROOT / "examples" / "warm-reply.yaml", ("-f", "pdf", "--card", "us-a7")),
    "card-us-a2-folded": (ROOT / "packs" / "warm" / "samples" / "check-in.yaml",
                          ("-f", "pdf", "--card", "us-a2", "--folded")),
    "envelope-us-10": (CLASSIC_REPLY, ("-f", "envelope")),
}


def pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    if found is None:
        pytest.fail("pdftoppm (from poppler-utils) is not installed; run ./setup.sh, "
                    "which installs it, then run the tests again", pytrace=False)
    return found


def render_png(data: Path, options: tuple[str, ...], folder: Path, name: str) -> Path:
    """Render with a fixed date and turn the first page into a PNG."""
    pdf = folder / f"{name}.pdf"
    result: Any = CliRunner().invoke(main, ["render", str(data), *options, "-o", str(pdf),
                                            "--fixed-date", "2026-01-15"],
                                     catch_exceptions=False)
    assert result.exit_code == 0, result.output
    subprocess.run([pdftoppm(), "-r", str(DPI), "-png", "-f", "1", "-l", "1", str(pdf),
                    str(folder / name)], check=True, capture_output=True, timeout=60)
    [png] = folder.glob(f"{name}-*.png")
    return png


def render_first_page(name: str, folder: Path) -> Path:
    data, options = FORMATS[name]
    return render_png(data, options, folder, name)


def difference(actual: Image.Image, expected: Image.Image) -> tuple[float, float, Image.Image]:
    """Mean absolute difference, share of clearly different pixels, and a mask of them."""
    diff = ImageChops.difference(actual, expected)
    pixels = actual.width * actual.height
    histogram = diff.histogram()
    mean = sum(value * count for band in range(3)
               for value, count in enumerate(histogram[band * 256:(band + 1) * 256]))
    red, green, blue = diff.split()
    strongest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    mask = strongest.point(lambda v: 255 if v > PIXEL_STEP else 0)
    return mean / (3 * pixels), mask.histogram()[255] / pixels, mask


@pytest.mark.parametrize("name", list(FORMATS))
def test_the_first_page_looks_like_its_reference(name: str, tmp_path: Path,
                                                update_references: bool) -> None:
    actual_path = render_first_page(name, tmp_path)
    reference = REFERENCES / f"print-{name}.png"
    if update_references:
        REFERENCES.mkdir(exist_ok=True)
        PREVIEWS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(actual_path, reference)
        shutil.copyfile(actual_path, PREVIEWS / f"{name}.png")
        return
    assert reference.is_file(), (f"no reference picture {reference.name}; create it with "
                                 "pytest --update-references and look at it before "
                                 "committing")
    with Image.open(actual_path) as raw_actual, Image.open(reference) as raw_expected:
        actual = raw_actual.convert("RGB")
        expected = raw_expected.convert("RGB")
    assert actual.size == expected.size, (f"{name}: page is {actual.size} px at {DPI} dpi, "
                                          f"the reference {expected.size}")
    mean, share, mask = difference(actual, expected)
    if mean > MEAN_LIMIT or share > SHARE_LIMIT:
        mask.save(tmp_path / f"{name}-differences.png")
    assert mean <= MEAN_LIMIT and share <= SHARE_LIMIT, (
        f"{name} differs from {reference.name}: mean difference {mean:.3f} "
        f"(limit {MEAN_LIMIT}), {share:.2%} of pixels clearly different "
        f"(limit {SHARE_LIMIT:.2%}); see {actual_path} and the mask beside it")


@pytest.mark.parametrize("name", list(FORMATS))
def test_the_documentation_preview_is_the_current_reference(name: str) -> None:
    preview = PREVIEWS / f"{name}.png"
    reference = REFERENCES / f"print-{name}.png"
    assert preview.is_file() and reference.is_file(), (
        f"missing {preview.name} or {reference.name}; regenerate both with "
        "pytest tests/test_print_reference.py --update-references")
    assert preview.read_bytes() == reference.read_bytes(), (
        f"examples/previews/{name}.png is out of date; regenerate it with "
        "pytest tests/test_print_reference.py --update-references")


def test_the_comparison_notices_a_small_change(tmp_path: Path) -> None:
    """The limits are tight enough to catch the debug marks: a few thin lines."""
    data, options = FORMATS["us-10-window"]
    plain = render_png(data, options, tmp_path, "plain")
    marked = render_png(data, (*options, "--debug-marks"), tmp_path, "marked")
    with Image.open(plain) as a, Image.open(marked) as b:
        mean, share, _ = difference(a.convert("RGB"), b.convert("RGB"))
    assert mean > MEAN_LIMIT or share > SHARE_LIMIT
