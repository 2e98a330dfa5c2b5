"""Judging a letter a program hands back to rejectlet, at the door.

``compose`` makes every :class:`~rejectlet.model.Letter` whole and of the right
types, but a host program may build one itself or change one with
``dataclasses.replace`` (``subject=None``, a list where a tuple of blocks
belongs, a number for a data value). Without a look at the door such a letter
fails deep inside a rule or a renderer as an ``AttributeError`` or a
``TypeError``. Here every field and every block, paragraph and run is judged by
its type alone before any rule or renderer reads it (the data no more strictly
than the renderers need, so a value keeps the code its own check gives); the
first wrong one is an :class:`~rejectlet.errors.ArgumentError` (RJ901) that
names the field (``render(letter).blocks[2].paragraphs[0].runs[1].text``). The
letter's text is also held to the size ``compose`` allows, so a program-built
letter cannot make the rules read more than a composed one could.
"""

from __future__ import annotations

from typing import Any

from .arguments import expect, type_name
from .diagnostics import Location
from .errors import ArgumentError
from .model import Block, Letter, Omission, Pack, Paragraph, Run, SectionKind, Style
from .suggest import quoted

#: The text fields of a letter, each one str.
_TEXT_FIELDS = ("kind", "subject", "salutation", "closing", "signature", "date_line",
                "title", "author", "letter_type")
_PLACES = ("body", "ps")
_PARAGRAPH_KINDS = ("p", "bullet", "number", "quote")


def expect_letter(letter: Any, where: str) -> None:
    """Refuse anything but a whole, well-typed :class:`Letter`; ``where`` names the
    argument as ``function(name)``."""
    expect(letter, Letter, where, "a composed letter (from compose())")
    _Judge(where).letter(letter)


class _Judge:
    def __init__(self, where: str) -> None:
        self.where = where

    def refuse(self, field: str, wanted: str, value: Any) -> ArgumentError:
        place = f"{self.where}.{field}"
        return ArgumentError(f"the letter's {field} should be {wanted}, not {type_name(value)}",
                             Location.of_argument(place),
                             hint="pass a letter made by compose(), or keep each field's "
                                  "type when you change one")

    def need(self, value: Any, types: type | tuple[type, ...], field: str, wanted: str, *,
             optional: bool = False) -> None:
        if optional and value is None:
            return
        # judged by its type alone (never isinstance), so the value's own code never runs;
        # a value of exactly the wanted type, as in every letter compose() makes, is
        # taken at once (the same answer as the test below, by identity alone)
        if type(value) is types:
            return
        if not issubclass(type(value), types) or (bool not in _as_tuple(types)
                                                   and issubclass(type(value), bool)):
            raise self.refuse(field, wanted, value)

    def items(self, value: Any, field: str, wanted: str) -> tuple[Any, ...]:
        self.need(value, (tuple, list), field, f"a tuple or list of {wanted}")
        return tuple(value)

    def letter(self, letter: Letter) -> None:
        self.need(letter.pack, Pack, "pack", "a loaded pack (from load_pack())")
        for name in _TEXT_FIELDS:
            self.need(getattr(letter, name), str, name, "a str")
        for name in ("sender_lines", "recipient_lines"):
            for index, line in enumerate(self.items(getattr(letter, name), name, "str")):
                self.need(line, str, f"{name}[{index}]", "a str")
        self.need(letter.record_index, int, "record_index", "an int or None", optional=True)
        self.need(letter.data_source, Location, "data_source", "a Location or None",
                  optional=True)
        self.location_map(letter.data_locations)
        size = 0
        for index, block in enumerate(self.items(letter.blocks, "blocks", "Block")):
            size += self.block(block, f"blocks[{index}]")
        for index, omission in enumerate(self.items(letter.omitted, "omitted", "Omission")):
            self.omission(omission, f"omitted[{index}]")
        self.data(letter)
        cap = _letter_chars()
        if size > cap:
            raise ArgumentError(
                f"the letter's sections hold {size:,} characters of text; the limit is "
                f"{cap:,}", Location.of_argument(f"{self.where}.blocks"),
                hint="a letter is short: compose() never makes one this long")

    def block(self, block: Any, field: str) -> int:
        self.need(block, Block, field, "a Block")
        self.need(block.section_id, str, f"{field}.section_id", "a str")
        self.need(block.kind, SectionKind, f"{field}.kind", "a SectionKind")
        self.need(block.place, str, f"{field}.place", "'body' or 'ps'")
        if block.place not in _PLACES:
            raise self.refuse(f"{field}.place", "'body' or 'ps'", block.place)
        self.need(block.location, Location, f"{field}.location", "a Location or None",
                  optional=True)
        size = 0
        for index, paragraph in enumerate(self.items(block.paragraphs, f"{field}.paragraphs",
                                                     "Paragraph")):
            place = f"{field}.paragraphs[{index}]"
            self.need(paragraph, Paragraph, place, "a Paragraph")
            self.need(paragraph.kind, str, f"{place}.kind", "'p', 'bullet', 'number' or 'quote'")
            if paragraph.kind not in _PARAGRAPH_KINDS:
                raise self.refuse(f"{place}.kind", "'p', 'bullet', 'number' or 'quote'",
                                  paragraph.kind)
            for number, run in enumerate(self.items(paragraph.runs, f"{place}.runs", "Run")):
                size += self.run(run, f"{place}.runs[{number}]")
        return size

    def run(self, run: Any, field: str) -> int:
        self.need(run, Run, field, "a Run")
        self.need(run.text, str, f"{field}.text", "a str")
        self.need(run.style, Style, f"{field}.style", "a Style")
        self.need(run.href, str, f"{field}.href", "a str or None", optional=True)
        self.need(run.origin, str, f"{field}.origin", "a str or None", optional=True)
        return len(run.text)

    def omission(self, omission: Any, field: str) -> None:
        self.need(omission, Omission, field, "an Omission")
        for name in ("section_id", "place", "condition"):
            self.need(getattr(omission, name), str, f"{field}.{name}", "a str")
        self.need(omission.kind, SectionKind, f"{field}.kind", "a SectionKind")
        self.need(omission.location, Location, f"{field}.location", "a Location or None",
                  optional=True)

    def location_map(self, locations: Any) -> None:
        self.need(locations, dict, "data_locations", "a dict of data keys to Locations")
        for key, location in locations.items():
            self.need(key, str, "data_locations", "a dict keyed by str")
            self.need(location, Location, f"data_locations[{quoted(key)}]", "a Location")

    def data(self, letter: Letter) -> None:
        """The data are judged no more strictly than the renderers need: a dict keyed
        by str, and a list value (``cc``, a records value) that can be gone
        through. A value of another type stays the renderers' to judge, with
        their own codes (a lone surrogate deep in a list is RJ436 at its key)."""
        self.need(letter.data, dict, "data", "a dict of data keys to values")
        walked = _walked(letter)
        for key, value in letter.data.items():
            self.need(key, str, "data", "a dict keyed by str")
            if key in walked and value is not None:
                self.need(value, (list, tuple, str, dict), f"data[{quoted(key)}]",
                          "a list (or None)")


def _walked(letter: Letter) -> frozenset[str]:
    """The data keys the renderers go through item by item: list and records values."""
    variables = letter.pack.variables if isinstance(letter.pack.variables, dict) else {}
    return frozenset(name for name, variable in variables.items()
                     if variable.type in ("list", "records"))


def _letter_chars() -> int:
    from .limits import current_limits

    return current_limits().letter_chars


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)

