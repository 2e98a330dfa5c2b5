"""The email's HTML part as a reader sees it: rendered by headless Chromium and compared
with a reference screenshot, within a tolerance for anti-aliasing.

To accept a deliberate change of look, regenerate the reference and review it:

    python -m pytest tests/test_email_screenshot.py --update-references

Chromium is a test requirement (./setup.sh installs it); without it this test fails.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

import rejectlet
from rejectlet.renderers.email import render_email
from tests.conftest import EXAMPLE

REFERENCES = Path(__file__).resolve().parent / "references"
REFERENCE = REFERENCES / "email-reply.png"
WINDOW = (700, 1100)
COLUMN = 600
#: Largest mean difference per colour channel (0-255) still taken as the same picture.
MAX_MEAN_DIFFERENCE = 1.5
#: Largest share of pixels allowed to differ by more than THRESHOLD in some channel.
MAX_CHANGED_SHARE = 0.01
THRESHOLD = 32
#: A pixel darker than this (0-255 grey) is ink.
INK = 160


def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        pytest.fail("Chromium is not installed, and the email screenshot test needs it: "
                    "run ./setup.sh, which installs it with the other test requirements")
    return found


def email_html() -> str:
    letter = rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                               rejectlet.read_data_file(EXAMPLE))
    message = render_email(letter, date=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))
    html_part = message.get_body(("html",))
    assert html_part is not None
    content = html_part.get_content()
    assert isinstance(content, str)
    return content


def screenshot(html: str, folder: Path) -> Image.Image:
    page = folder / "reply.html"
    page.write_text(html, encoding="utf-8")
    shot = folder / "reply.png"
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={folder / 'profile'}", "--hide-scrollbars",
        f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={shot}", page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and shot.exists(), \
        f"Chromium failed ({result.returncode}):\n{result.stderr[-2000:]}"
    with Image.open(shot) as image:
        return image.convert("RGB")


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    mask = image.convert("L").point(lambda value: 255 if value < INK else 0)
    box = mask.getbbox()
    assert box is not None, "the screenshot is blank"
    return box


def check_looks_like_the_letter(image: Image.Image) -> None:
    """What the picture must show whatever the reference says."""
    assert image.size == WINDOW
    left, top, right, bottom = ink_box(image)
    margin = (WINDOW[0] - COLUMN) // 2
    assert left >= margin and right <= WINDOW[0] - margin, \
        f"text outside the {COLUMN}px column: {left}..{right}"
    assert right - left > COLUMN * 0.8, "the text does not fill the column"
    assert top < 60, "the letter does not start at the top"
    assert bottom < WINDOW[1] - 40, "the letter runs off the bottom of the window"
    corners = [image.getpixel((x, y)) for x in (2, WINDOW[0] - 3) for y in (2, WINDOW[1] - 3)]
    assert corners == [(255, 255, 255)] * 4, "the background is not white"


def difference(actual: Image.Image, expected: Image.Image) -> tuple[float, float, Image.Image]:
    """Mean absolute difference of the worst channel, share of strongly changed pixels."""
    diff = ImageChops.difference(actual, expected)
    mean = max(ImageStat.Stat(diff).mean)
    red, green, blue = diff.split()
    worst = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    changed = worst.point(lambda value: 255 if value > THRESHOLD else 0)
    share = changed.histogram()[255] / (actual.width * actual.height)
    return mean, share, diff


def test_email_html_looks_like_the_reference(tmp_path: Path, update_references: bool) -> None:
    actual = screenshot(email_html(), tmp_path)
    check_looks_like_the_letter(actual)
    if update_references:
        REFERENCES.mkdir(exist_ok=True)
        actual.save(REFERENCE, optimize=True)
    assert REFERENCE.exists(), (
        f"no reference screenshot at {REFERENCE.name}; create it with "
        "pytest --update-references, look at it, and commit it")
    with Image.open(REFERENCE) as stored:
        expected = stored.convert("RGB")
    assert expected.size == actual.size, f"size {actual.size}, reference {expected.size}"
    mean, share, diff = difference(actual, expected)
    if mean >= MAX_MEAN_DIFFERENCE or share >= MAX_CHANGED_SHARE:
        actual.save(tmp_path / "actual.png")
        diff.save(tmp_path / "difference.png")
    assert mean < MAX_MEAN_DIFFERENCE, \
        f"mean difference {mean:.2f} per channel; see {tmp_path / 'difference.png'}"
    assert share < MAX_CHANGED_SHARE, \
        f"{share:.2%} of pixels changed; see {tmp_path / 'difference.png'}"


def test_a_changed_letter_does_not_match_the_reference(tmp_path: Path) -> None:
    # The comparison must notice a real change: here a shorter letter.
    assert REFERENCE.exists(), "the reference screenshot is missing"
    with Image.open(REFERENCE) as stored:
        expected = stored.convert("RGB")
    html = email_html()
    cut = html.index('<div class="block kind-resell">')
    end = html.index("</div>", cut) + len("</div>")
    changed = screenshot(html[:cut] + html[end:], tmp_path)
    mean, share, _ = difference(changed, expected)
    assert share >= MAX_CHANGED_SHARE or mean >= MAX_MEAN_DIFFERENCE
