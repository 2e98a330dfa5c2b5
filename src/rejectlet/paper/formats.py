"""Layouts, envelopes and cards as data: loaded from YAML, checked, kept in points.

The built-in set is ``formats.yaml`` beside this module. A user's own file of
the same shape (``--formats FILE``) adds names or overrides them, so an
envelope whose window sits elsewhere is a few lines of YAML, not code.
US envelope names and ISO paper names live apart: cards are ``us-a7`` or
``iso-a6``, never a bare ``a7``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..checks import Problems, as_list, as_map
from ..diagnostics import Location
from ..errors import PackError, RenderError
from ..suggest import did_you_mean, quoted, shown_name
from ..yamlio import LocatedMap, load_yaml_file, load_yaml_text
from .units import PAPER, to_points


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in points from the sheet's top-left corner; height 0 means open."""

    left: float
    top: float
    width: float
    height: float = 0.0

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True, slots=True)
class Layout:
    """How a letter sits on its sheet: paper, margins, window, folds, punch mark."""

    name: str
    description: str
    paper: str
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    window: Rect | None = None
    sender: Rect | None = None
    return_zone: float = 0.0
    notes_zone: float = 0.0
    folds: tuple[float, ...] = ()
    punch: float | None = None

    @property
    def size(self) -> tuple[float, float]:
        return PAPER[self.paper]


@dataclass(frozen=True, slots=True)
class Envelope:
    """An envelope to print on: its size, and where the two addresses go."""

    name: str
    description: str
    size: tuple[float, float]
    return_address: Rect
    recipient: Rect


@dataclass(frozen=True, slots=True)
class Card:
    """A note card: its finished (trim) size and the envelope it fits."""

    name: str
    description: str
    size: tuple[float, float]
    envelope: str


@dataclass(frozen=True, slots=True)
class Formats:
    layouts: dict[str, Layout]
    envelopes: dict[str, Envelope]
    cards: dict[str, Card]

    def layout(self, name: str, where: Location | None = None) -> Layout:
        return _named(self.layouts, name, "layout", where)

    def envelope(self, name: str, where: Location | None = None) -> Envelope:
        return _named(self.envelopes, name, "envelope", where)

    def card(self, name: str, where: Location | None = None) -> Card:
        return _named(self.cards, name, "card", where)


_T = TypeVar("_T")


def _named(table: dict[str, _T], name: str, what: str, where: Location | None) -> _T:
    """One entry by name; an unknown name is an error at ``where`` (the argument or
    option that asked for it) with a suggestion."""
    if name not in table:
        raise RenderError(f"unknown {what} {shown_name(name)}", where, code="RJ450",
                          hint=did_you_mean(name, table) or
                          f"known: {', '.join(sorted(table))}")
    return table[name]


class _Reader:
    def __init__(self) -> None:
        self.problems = Problems("RJ451")

    def length(self, table: LocatedMap, key: str, where: str) -> float:
        try:
            return to_points(table[key])
        except (KeyError, ValueError) as exc:
            self.problems.add(f"{where}.{key}: {exc}" if isinstance(exc, ValueError)
                              else f"{where} needs {key}", table.value_location(key)
                              if key in table else table.location, code="RJ451")
            return 0.0

    def rect(self, raw: Any, loc: Location, where: str, need_height: bool) -> Rect | None:
        table = as_map(raw, loc, self.problems, where)
        if table is None:
            return None
        keys = ("left", "top", "width", "height")
        self.problems.check_keys(table, keys, where)
        height = self.length(table, "height", where) if need_height or "height" in table else 0.0
        return Rect(self.length(table, "left", where), self.length(table, "top", where),
                    self.length(table, "width", where), height)

    def pair(self, raw: Any, loc: Location, where: str) -> tuple[float, float]:
        items = as_list(raw, loc, self.problems, where)
        if items is None or len(items) != 2:
            self.problems.add(f"{where} should be [width, height]", loc, code="RJ451")
            return (0.0, 0.0)
        try:
            return (to_points(items[0]), to_points(items[1]))
        except ValueError as exc:
            self.problems.add(f"{where}: {exc}", loc, code="RJ451")
            return (0.0, 0.0)

    def layouts(self, table: LocatedMap) -> dict[str, Layout]:
        result: dict[str, Layout] = {}
        for name, raw in table.items():
            where = f"layout {shown_name(name)}"
            spec = as_map(raw, table.value_location(name), self.problems, where)
            if spec is None:
                continue
            self.problems.check_keys(spec, ("description", "paper", "margins", "window",
                                            "sender", "return_zone", "notes_zone", "folds",
                                            "punch"), where, required=("paper", "margins"))
            paper = str(spec.get("paper", "letter")).lower()
            if paper not in PAPER:
                self.problems.add(f"{where}: paper {quoted(paper)} is not known",
                                  spec.value_location("paper"), f"use {', '.join(PAPER)}",
                                  code="RJ451")
                paper = "letter"
            margins_raw: list[Any] = as_list(spec.get("margins"), spec.value_location("margins"),
                                  self.problems, f"{where}.margins") or []
            try:
                margins = tuple(to_points(m) for m in margins_raw)
            except ValueError as exc:
                self.problems.add(f"{where}.margins: {exc}", spec.value_location("margins"),
                                  code="RJ451")
                margins = ()
            if len(margins) != 4:
                self.problems.add(f"{where}.margins should be [top, right, bottom, left]",
                                  spec.value_location("margins"), code="RJ451")
                margins = (54.0, 54.0, 54.0, 54.0)
            folds_raw: list[Any] = []
            if "folds" in spec:
                folds_raw = as_list(spec["folds"], spec.value_location("folds"), self.problems,
                                    f"{where}.folds") or []
            try:
                folds = tuple(to_points(f) for f in folds_raw)
            except ValueError as exc:
                self.problems.add(f"{where}.folds: {exc}", spec.value_location("folds"),
                                  code="RJ451")
                folds = ()
            result[name] = Layout(
                name=name, description=str(spec.get("description") or ""), paper=paper,
                margins=(margins[0], margins[1], margins[2], margins[3]),
                window=self.rect(spec["window"], spec.value_location("window"),
                                 f"{where}.window", True) if "window" in spec else None,
                sender=self.rect(spec["sender"], spec.value_location("sender"),
                                 f"{where}.sender", False) if "sender" in spec else None,
                return_zone=self.length(spec, "return_zone", where)
                if "return_zone" in spec else 0.0,
                notes_zone=self.length(spec, "notes_zone", where)
                if "notes_zone" in spec else 0.0,
                folds=folds,
                punch=self.length(spec, "punch", where) if "punch" in spec else None)
        return result

    def envelopes(self, table: LocatedMap) -> dict[str, Envelope]:
        result: dict[str, Envelope] = {}
        for name, raw in table.items():
            where = f"envelope {shown_name(name)}"
            spec = as_map(raw, table.value_location(name), self.problems, where)
            if spec is None:
                continue
            self.problems.check_keys(spec, ("description", "size", "return", "recipient"),
                                     where, required=("size", "return", "recipient"))
            size = self.pair(spec.get("size"), spec.value_location("size"), f"{where}.size")
            back = self.rect(spec.get("return"), spec.value_location("return"),
                             f"{where}.return", False)
            front = self.rect(spec.get("recipient"), spec.value_location("recipient"),
                              f"{where}.recipient", False)
            if back is not None and front is not None:
                result[name] = Envelope(name, str(spec.get("description") or ""), size, back,
                                        front)
        return result

    def cards(self, table: LocatedMap, envelopes: dict[str, Envelope]) -> dict[str, Card]:
        result: dict[str, Card] = {}
        for name, raw in table.items():
            where = f"card {shown_name(name)}"
            spec = as_map(raw, table.value_location(name), self.problems, where)
            if spec is None:
                continue
            self.problems.check_keys(spec, ("description", "size", "envelope"), where,
                                     required=("size",))
            envelope = str(spec.get("envelope") or "")
            if envelope and envelope not in envelopes:
                self.problems.add(f"{where}: unknown envelope {quoted(envelope)}",
                                  spec.value_location("envelope"),
                                  did_you_mean(envelope, envelopes), code="RJ451")
            result[name] = Card(name, str(spec.get("description") or ""),
                                self.pair(spec.get("size"), spec.value_location("size"),
                                          f"{where}.size"), envelope)
        return result


def _read(raw: Any, path: str, base: Formats | None) -> Formats:
    reader = _Reader()
    top = as_map(raw, Location(path, 1, 1), reader.problems, "formats file")
    if top is None:
        raise PackError(reader.problems.items)
    reader.problems.check_keys(top, ("layouts", "envelopes", "cards"), "formats file")
    layouts = dict(base.layouts) if base else {}
    envelopes = dict(base.envelopes) if base else {}
    cards = dict(base.cards) if base else {}
    if "layouts" in top:
        table = as_map(top["layouts"], top.value_location("layouts"), reader.problems, "layouts")
        if table is not None:
            layouts.update(reader.layouts(table))
    if "envelopes" in top:
        table = as_map(top["envelopes"], top.value_location("envelopes"), reader.problems,
                       "envelopes")
        if table is not None:
            envelopes.update(reader.envelopes(table))
    if "cards" in top:
        table = as_map(top["cards"], top.value_location("cards"), reader.problems, "cards")
        if table is not None:
            cards.update(reader.cards(table, envelopes))
    if reader.problems:
        raise PackError(reader.problems.items)
    return Formats(layouts, envelopes, cards)


_builtin: Formats | None = None


def builtin_formats() -> Formats:
    """The formats that ship with rejectlet."""
    global _builtin
    if _builtin is None:
        text = resources.files("rejectlet.paper").joinpath("formats.yaml").read_text("utf-8")
        _builtin = _read(load_yaml_text(text, "rejectlet/paper/formats.yaml"),
                         "rejectlet/paper/formats.yaml", None)
    return _builtin


def load_formats(extra: str | Path | None = None) -> Formats:
    """The built-in formats, with a user's formats file on top when given."""
    base = builtin_formats()
    if extra is None:
        return base
    return _read(load_yaml_file(extra), str(extra), base)
