"""An SVG image a stylesheet uses may name files in any attribute, not only
``href``: ``src`` and ``srcset`` of an image inside ``foreignObject``, or the
value an animation gives an ``href`` (``to``, ``values``). Each such address
that leaves the pack is refused in HTML, PDF and ``check`` alike, while the
vocabulary an SVG declares (``xmlns``) and ordinary attribute values pass."""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from tests.security._support import SVG_SHEET, assert_svg_refused_everywhere, base_data, write_pack

OUTSIDE = "http://evil.example/a.png"
SVG_OPEN = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
SVGS = {
    "foreign-object-src": f"{SVG_OPEN}<foreignObject width='9' height='9'><img "
                          f"xmlns='http://www.w3.org/1999/xhtml' src='{OUTSIDE}'/>"
                          "</foreignObject></svg>",
    "srcset": f"{SVG_OPEN}<foreignObject><img srcset='a.png 1x, {OUTSIDE} 2x'/>"
              "</foreignObject></svg>",
    "animation-to": f"{SVG_OPEN}<image width='5' height='5'><set attributeName='href' "
                    f"to='{OUTSIDE}'/></image></svg>",
    "animation-values": f"{SVG_OPEN}<image><animate attributeName='href' "
                        f"values='#a;{OUTSIDE}' dur='1s'/></image></svg>",
    "network-path": f"{SVG_OPEN}<image><set attributeName='href' to='//evil.example/a'/>"
                    "</image></svg>",
}


@pytest.mark.parametrize("svg", SVGS.values(), ids=SVGS.keys())
def test_an_address_in_any_svg_attribute_is_refused_everywhere(tmp_path: Path,
                                                                svg: str) -> None:
    assert_svg_refused_everywhere(tmp_path / "pack", svg)


def test_ordinary_svg_attributes_are_not_addresses(tmp_path: Path) -> None:
    svg = (f"{SVG_OPEN}<rect style='fill:red;stroke:blue' width='5' height='5' "
           "transform='translate(1,2)'/><path d='M0 0 L10 10'/>"
           "<animate attributeName='opacity' values='0;1' dur='2s'/></svg>")
    folder = write_pack(tmp_path / "pack", style=SVG_SHEET, files={"l.svg": svg})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert "data:image/svg+xml;base64," in str(rejectlet.render(letter, "html", force=True))
