"""What the preview shows: one letter, chosen by kind, person, layout and card.

A session is made for a data file or for a pack. For a data file the letter is
the one the file describes (another kind can be picked, and is composed from
the same values); for a pack it is the pack's sample of the chosen kind. Every
save bumps the session's generation; results are cached per generation and
selection, so a page that asks twice after one save costs one render.
"""

from __future__ import annotations

import io
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..composer import compose_all, letters_from_file
from ..confine import Refused, read_regular
from ..data import read_data_file
from ..diagnostics import Diagnostic, Location
from ..errors import DataError, RejectletError
from ..limits import budget
from ..model import Letter, Pack
from ..pack import load_pack
from ..pack.files import SAMPLES_FOLDER
from ..paper.formats import builtin_formats
from ..paper.options import PrintOptions
from ..renderers import render
from ..suggest import quoted
from ..validation import validate
from ..yamlio import MAX_YAML_BYTES
from .rasterize import pdf_pages_to_png


@dataclass(frozen=True, slots=True)
class Selection:
    """The picker's choices; ``None`` means the data's or the pack's own."""

    kind: str | None = None
    person: int = 0
    layout: str | None = None
    card: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Selection:
        """Read a selection from URL query values, ignoring what does not parse."""
        try:
            person = max(0, int(query.get("person", "0") or 0))
        except ValueError:
            person = 0
        return cls(kind=query.get("kind") or None, person=person,
                   layout=query.get("layout") or None, card=query.get("card") or None)


@dataclass(frozen=True, slots=True)
class LetterView:
    """The letter as text and HTML, with its diagnostics; quick to make."""

    generation: int
    kind: str | None
    kinds: tuple[str, ...]
    people: tuple[str, ...]
    text: str | None
    html: str | None
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    letter: Letter | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "kind": self.kind,
            "kinds": list(self.kinds),
            "people": list(self.people),
            "text": self.text,
            "ok": self.html is not None,
            "diagnostics": [_diagnostic_dict(d) for d in self.diagnostics],
            "seconds": round(self.seconds, 4),
        }


@dataclass(frozen=True, slots=True)
class PagesView:
    """The letter printed: PNG pages of its PDF, or the problems that stopped it."""

    generation: int
    pages: tuple[bytes, ...]
    diagnostics: tuple[Diagnostic, ...]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "pages": len(self.pages),
            "diagnostics": [_diagnostic_dict(d) for d in self.diagnostics],
            "seconds": round(self.seconds, 4),
        }


def _diagnostic_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    data = diagnostic.to_dict()
    data["text"] = str(diagnostic)
    data["source"] = _source_line(diagnostic.location)
    return data


def _source_line(location: Location | None) -> str | None:
    """The line a diagnostic points at, so the page can show it beside the message."""
    if location is None or location.line <= 0:
        return None
    try:  # a regular file only, read from the descriptor checked: never a FIFO or device
        raw = read_regular(location.path, MAX_YAML_BYTES)
    except (Refused, ValueError):
        return None
    text = io.StringIO(raw.decode("utf-8-sig", errors="replace"), newline=None)
    for number, line in enumerate(text, start=1):
        if number == location.line:
            return line.rstrip("\n")[:400]
    return None


class PreviewSession:
    """Renders the previewed letter on demand and forgets it when a file changes."""

    def __init__(self, target: str | Path) -> None:
        self.target = target
        self._data_file: Path | None = None
        self._pack_ref: str | Path = ""
        path = Path(target)
        if path.is_file():
            self._data_file = path
        else:
            self._pack_ref = target
        self._lock = threading.Lock()
        self._generation = 0
        self._letters: dict[Selection, LetterView] = {}
        self._pages: dict[Selection, PagesView] = {}
        self._roots: tuple[Path, ...] = ()

    # -- what changes ------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    def changed(self) -> int:
        """A watched file was saved: forget every result and start a new generation."""
        with self._lock:
            self._generation += 1
            self._letters.clear()
            self._pages.clear()
            return self._generation

    def data_folders(self) -> list[Path]:
        """The folder of the data file: watched for its own YAML files only."""
        if self._data_file is None:
            return []
        return [self._data_file.resolve().parent]

    def pack_folders(self) -> list[Path]:
        """The folders of the pack and the packs it extends: watched whole."""
        roots: list[Path] = []
        found = list(self._pack_roots())
        if not found and self._data_file is None and Path(self.target).is_dir():
            found = [Path(self.target).resolve()]  # a pack that does not load yet
        for root in found:
            if not any(root == kept or kept in root.parents for kept in roots):
                roots = [kept for kept in roots if root not in kept.parents] + [root]
        return roots

    def _pack_roots(self) -> tuple[Path, ...]:
        try:
            pack = self._pack()
        except RejectletError:
            return self._roots
        self._roots = tuple(chained.root.resolve() for chained in _chain(pack))
        return self._roots

    # -- choices -----------------------------------------------------------------

    @staticmethod
    def layouts() -> list[str]:
        return sorted(builtin_formats().layouts)

    @staticmethod
    def cards() -> list[str]:
        return sorted(builtin_formats().cards)

    # -- rendering ---------------------------------------------------------------

    def letter_view(self, selection: Selection) -> LetterView:
        """Text, HTML and diagnostics for ``selection`` in the current generation."""
        with self._lock:
            generation = self._generation
            cached = self._letters.get(selection)
        if cached is not None:
            return cached
        with budget():  # one run per view: its letters, and every YAML file it reads
            view = self._make_letter_view(selection, generation)
        with self._lock:
            if generation == self._generation:
                self._letters[selection] = view
        return view

    def pages_view(self, selection: Selection) -> PagesView:
        """The PDF pages for ``selection`` in the current generation."""
        with self._lock:
            generation = self._generation
            cached = self._pages.get(selection)
        if cached is not None:
            return cached
        started = time.perf_counter()
        letter_view = self.letter_view(selection)
        problems: tuple[Diagnostic, ...] = ()
        pages: tuple[bytes, ...] = ()
        if letter_view.letter is not None:
            options = PrintOptions(layout=selection.layout, card=selection.card)
            try:
                pdf = render(letter_view.letter, "pdf", force=True, options=options)
                pages = pdf_pages_to_png(pdf)
            except RejectletError as exc:
                problems = exc.diagnostics
        view = PagesView(generation, pages, problems, time.perf_counter() - started)
        with self._lock:
            if generation == self._generation:
                self._pages[selection] = view
        return view

    def _make_letter_view(self, selection: Selection, generation: int) -> LetterView:
        started = time.perf_counter()
        kinds: tuple[str, ...] = ()
        try:
            pack = self._pack()
            kinds = tuple(pack.letters)
            letters, kind = self._compose(pack, selection.kind)
        except RejectletError as exc:
            return LetterView(generation, selection.kind, kinds, (), None, None,
                              exc.diagnostics, time.perf_counter() - started)
        people = tuple(_person(letter, index) for index, letter in enumerate(letters, 1))
        letter = letters[min(selection.person, len(letters) - 1)]
        diagnostics = tuple(validate(letter))
        try:
            text = render(letter, "text", force=True)
            html = render(letter, "html", force=True)
        except RejectletError as exc:
            return LetterView(generation, kind, kinds, people, None, None,
                              diagnostics + exc.diagnostics, time.perf_counter() - started)
        return LetterView(generation, kind, kinds, people, text, html, diagnostics,
                          time.perf_counter() - started, letter)

    def _pack(self) -> Pack:
        if self._data_file is not None:
            raw = read_data_file(self._data_file)
            name = raw.get("pack")
            if not isinstance(name, str):
                raise DataError("the data file does not name its pack",
                                     Location(str(self._data_file), 1, 1), code="RJ208",
                                     hint="add a line such as 'pack: classic'")
            return load_pack(name, relative_to=self._data_file.resolve().parent)
        return load_pack(self._pack_ref)

    def _compose(self, pack: Pack, kind: str | None) -> tuple[list[Letter], str]:
        if self._data_file is not None:
            raw = read_data_file(self._data_file)
            own = raw.get("letter")
            if kind is None or kind == own:
                letters = letters_from_file(self._data_file, pack=pack)
                return letters, str(own)
            values = {k: v for k, v in raw.items() if k not in ("pack", "letter")}
            return compose_all(pack, kind, values), kind
        chosen = kind or ("reply" if "reply" in pack.letters else next(iter(pack.letters)))
        pack.letter(chosen)  # only a kind of the pack names a sample (RJ120 otherwise)
        sample, root = self._sample(pack, chosen)
        # read as check reads samples: the file and what it includes stay in its pack
        return letters_from_file(sample, pack=pack, within=root), chosen

    @staticmethod
    def _sample(pack: Pack, kind: str) -> tuple[Path, Path]:
        """The pack's sample for ``kind``, or the nearest parent pack's, with the folder
        of the pack it belongs to. A sample that is there in any form (a link leading
        out, a FIFO) is the one taken, so reading it refuses it rather than passing
        over it to a parent's."""
        for chained in _chain(pack):
            for suffix in (".yaml", ".yml"):
                candidate = chained.root / SAMPLES_FOLDER / f"{kind}{suffix}"
                if _present(candidate):
                    return candidate, chained.root
        raise DataError(
            f"pack {quoted(pack.name)} has no sample for letter {quoted(kind)}",
            Location(str(pack.root / SAMPLES_FOLDER)), code="RJ214",
            hint=f"add {SAMPLES_FOLDER}/{kind}.yaml to the pack, or preview a data file instead")


def _present(path: Path) -> bool:
    """Whether anything, even a link to nothing, has that name."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _chain(pack: Pack) -> list[Pack]:
    """The pack and the packs it extends, nearest first; a parent that no longer
    loads ends the chain (its own error shows when the pack itself is loaded)."""
    chain = [pack]
    for parent in pack.parents:
        try:
            chain.append(load_pack(parent, relative_to=pack.root))
        except RejectletError:
            break
    return chain


def _person(letter: Letter, index: int) -> str:
    from ..naming import recipient_name

    return recipient_name(letter, f"letter {index}")

