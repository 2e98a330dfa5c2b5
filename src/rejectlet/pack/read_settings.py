"""Read stage: the letterhead ``blocks:``, ``page:``, ``card:`` and stylesheets."""

from __future__ import annotations

import re
from typing import Any

from .. import spec
from ..checks import Problems, as_map, describe
from ..model import LETTERHEAD_BLOCKS, PageSettings, Template
from ..suggest import did_you_mean, quoted
from ..yamlio import LocatedMap
from .files import PackFiles
from .parts import Stylesheets
from .styles import read_stylesheet

_PAGE = spec.PACK.child("page")
_CARD = spec.PACK.child("card")
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$")
#: One font name: in double or single quotes (no quote, backslash, "<" or line break
#: inside), or plain words of letters, digits, '-' and single spaces.
_FONT_NAME = r"""(?:"[^"\\\n<]*"|'[^'\\\n<]*'|[A-Za-z][-A-Za-z0-9]*(?: [-A-Za-z0-9]+)*)"""
_FONT_LIST = re.compile(rf"^ *{_FONT_NAME}(?: *, *{_FONT_NAME})* *$")
#: Longest card.font value: a few font names.
MAX_FONT_CHARS = 200


def read_blocks(top: LocatedMap, problems: Problems) -> dict[str, Template]:
    """The pack's letterhead templates: sender, recipient and date."""
    if "blocks" not in top:
        return {}
    table = as_map(top["blocks"], top.value_location("blocks"), problems, "blocks")
    if table is None:
        return {}
    spec.check_fields(problems, table, spec.PACK.child("blocks"), "blocks")
    return {key: Template(table[key], table.value_spans[key])
            for key in LETTERHEAD_BLOCKS if isinstance(table.get(key), str)}


def read_page(top: LocatedMap, problems: Problems) -> PageSettings | None:
    if "page" not in top:
        return None
    table = as_map(top["page"], top.value_location("page"), problems, "page")
    if table is None:
        return PageSettings()
    spec.check_fields(problems, table, _PAGE, "page")
    sizes = _PAGE.words("size")
    size = str(table.get("size", "letter")).lower()
    if size not in sizes:
        problems.add(f"page.size {quoted(size)} is not known", table.value_location("size"),
                     f"use one of: {', '.join(sizes)}", code="RJ113")
        size = "letter"
    layout = table.get("layout")
    if layout is not None and not isinstance(layout, str):
        problems.add(f"page.layout should be a layout name, not {describe(layout)}",
                     table.value_location("layout"), "for example: layout: us-10-window",
                     code="RJ113")
        layout = None
    if layout is not None:
        from ..paper.formats import builtin_formats

        known = builtin_formats().layouts
        if layout not in known:
            problems.add(f"page.layout {quoted(layout)} is not known",
                         table.value_location("layout"),
                         did_you_mean(str(layout), known) or
                         f"layouts: {', '.join(sorted(known))}", code="RJ113")
            layout = None
    return PageSettings(size=size, layout=layout)


def read_card(top: LocatedMap, problems: Problems) -> dict[str, Any] | None:
    """The card settings the file gives; the rest come from the parent or the defaults."""
    if "card" not in top:
        return None
    table = as_map(top["card"], top.value_location("card"), problems, "card")
    if table is None:
        return {}
    spec.check_fields(problems, table, _CARD, "card")
    values: dict[str, Any] = {key: table[key] for key in ("size", "font", "front", "background")
                              if isinstance(table.get(key), str)}
    if "size" in values:
        from ..paper.formats import builtin_formats

        cards = builtin_formats().cards
        if values["size"] not in cards:
            problems.add(f"card.size {quoted(values['size'])} is not known",
                         table.value_location("size"),
                         did_you_mean(values["size"], cards) or
                         f"cards: {', '.join(sorted(cards))}", code="RJ113")
            del values["size"]
    if "font_size" in table:
        from ..paper.units import to_points

        try:
            values["font_size"] = to_points(str(table["font_size"]))
        except ValueError as exc:
            problems.add(f"card.font_size: {exc}", table.value_location("font_size"),
                         code="RJ113")
    if "font" in values and (len(values["font"]) > MAX_FONT_CHARS
                             or not _FONT_LIST.match(values["font"])):
        # the value is written into the card's stylesheet as it stands: anything
        # but a list of font names could end the rule and add CSS of its own
        problems.add("card.font should be a list of font names, such as "
                     "'\"EB Garamond\", serif'", table.value_location("font"),
                     "name fonts in quotes or as plain words, separated by commas",
                     code="RJ113")
        del values["font"]
    if "background" in values and not _COLOUR.match(values["background"]):
        problems.add("card.background should be a colour such as #f4ece1",
                     table.value_location("background"), code="RJ113")
        del values["background"]
    return values


def read_styles(top: LocatedMap, files: PackFiles) -> Stylesheets:
    """The stylesheets the file names, each read from a regular file inside the pack."""
    found = {}
    for key in ("style", "email_style"):
        name = top.get(key)
        if isinstance(name, str):
            found[key] = read_stylesheet(files, name, top.value_location(key), key)
    return Stylesheets(page=found.get("style"), email=found.get("email_style"))
