"""A pack's stylesheets: read and size-checked at load, and judged in one place.

The read stage turns each ``style:`` and ``email_style:`` file into a
:class:`~rejectlet.model.Stylesheet`. :func:`stylesheet_findings` says what the
renderers will refuse in them; ``rejectlet check PACK`` reports exactly that,
and the renderers refuse with the same codes and messages, because both read
the same loaded text through :mod:`rejectlet.cssrefs`.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..cssrefs import (
    absent_from_pack,
    engine_traps,
    hard_linked_in_pack,
    leaves_pack,
    loading_at_rule,
    missing_from_pack,
    references,
    svg_references,
    too_large,
    wrong_kind,
)
from ..diagnostics import Diagnostic, Location, Severity, display_path
from ..model import Pack, Stylesheet
from ..suggest import quoted
from ..text_positions import LineColumns
from .files import LINKED_HINT, PackFiles

#: Largest stylesheet a pack may carry, in bytes.
MAX_STYLESHEET_BYTES = 200_000


def read_stylesheet(files: PackFiles, name: str, loc: Location, key: str) -> Stylesheet | None:
    """The named CSS file of the pack, or None after recording why not."""
    found = files.read(name, loc, key, MAX_STYLESHEET_BYTES,
                       f"{key}: {name} is larger than {MAX_STYLESHEET_BYTES:,} bytes")
    if found is None:
        return None
    path, raw = found
    where = Location(display_path(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        files.problems.add(f"the stylesheet is not UTF-8 text (byte {exc.start})", where,
                           "save it as UTF-8", code="RJ419")
        return None
    return Stylesheet(path=path, text=text, location=where,
                      references=tuple(references(text)),
                      svg_references=tuple(svg_references(text)),
                      loading_rule=loading_at_rule(text))


def outside_references(css: Stylesheet) -> list[str]:
    """References a browser would follow off the pack (http:, //host, file:, ../)."""
    return [target for target in css.references if leaves_pack(target)]


def page_css_findings(css: Stylesheet) -> list[Diagnostic]:
    """What the HTML and PDF renderers refuse in the pack's letter stylesheet."""
    found = [Diagnostic("RJ433", Severity.ERROR, f"the stylesheet loads {quoted(target)}",
                        css.location, "a pack's CSS may only use files of the pack")
             for target in outside_references(css)]
    found += [blocked(css.location, target)
              for target in css.svg_references if not target.startswith("#")]
    return found


def engine_findings(css: Stylesheet) -> list[Diagnostic]:
    """RJ438 for each ``attr()`` in the letter stylesheet that the PDF engine cannot
    lay out, at its line and column; every format refuses it, so the formats agree."""
    found = []
    position = LineColumns(css.text)  # each finding placed in log time, not a re-count
    for offset, what in _traps(css.text):
        line, column = position(offset)
        found.append(Diagnostic(
            "RJ438", Severity.ERROR, f"the stylesheet uses {what}, which the PDF engine "
            "cannot lay out", Location(css.location.path, line, column),
            "use attr() only as plain text in content:, such as content: attr(title)"))
    return found


@functools.lru_cache(maxsize=8)
def _traps(text: str) -> tuple[tuple[int, str], ...]:
    """:func:`engine_traps` of a loaded stylesheet's text, found once: ``check`` and
    every HTML and PDF render of every sample judge the same text."""
    return tuple(engine_traps(text))


def email_css_findings(css: Stylesheet) -> list[Diagnostic]:
    """What the email renderer refuses in the pack's email stylesheet."""
    what = css.references[0] if css.references else css.loading_rule
    if not what:
        return []
    return [Diagnostic("RJ432", Severity.ERROR, f"the email stylesheet refers to {quoted(what)}",
                       css.location,
                       "email CSS may not load anything: no url(), image(), @import or "
                       "@font-face")]


def blocked(where: Location | None, url: str) -> Diagnostic:
    """A reference the PDF layout refused to fetch."""
    return Diagnostic("RJ412", Severity.ERROR, f"reference to {url} was blocked", where,
                      "a pack may only use files inside its own folder; no network, "
                      "no other files")


def not_in_pack(where: Location | None, target: str, root: Path) -> Diagnostic:
    """A reference meant to stay inside the pack that names no plain file there. When
    nothing at all is there it is worded as a missing file, so the author looks for a
    typo or a file left out; a folder or a link leading out is blocked, and named by
    its path."""
    wrong = wrong_kind(target, root)
    if wrong:
        return Diagnostic("RJ439", Severity.ERROR,
                          f"the stylesheet names {quoted(target.strip())}: {wrong}", where,
                          "give the file the extension of what it is (an SVG image as "
                          ".svg), or export it again as the kind its name says")
    large = too_large(target, root)
    if large:
        # a data: URI is long: it is shown by its start, escaped as a repr is
        shown = target.strip()
        shown = repr(shown if len(shown) <= 60 else shown[:57] + "...")
        return Diagnostic("RJ439", Severity.ERROR,
                          f"the stylesheet names {shown}: {large}", where,
                          "scale the image down, to about 300 pixels to the inch of the "
                          "page, and export it again")
    if hard_linked_in_pack(target, root):
        return Diagnostic("RJ412", Severity.ERROR,
                          f"the stylesheet names {quoted(target.strip())}, a hard link "
                          "(a file with "
                          "another name)", where, LINKED_HINT)
    if absent_from_pack(target, root):
        return Diagnostic("RJ412", Severity.ERROR,
                          f"the stylesheet names {quoted(target.strip())}, which is not a file in "
                          "the pack folder", where,
                          "add the file to the pack folder, or correct its path, which is "
                          "read from the pack folder")
    return blocked(where, str(root / target.strip()))


def stylesheet_findings(pack: Pack) -> list[Diagnostic]:
    """Everything a renderer would refuse in the pack's stylesheets."""
    found: list[Diagnostic] = []
    if pack.page_css is not None:
        found += page_css_findings(pack.page_css)
        found += engine_findings(pack.page_css)
        in_svg = set(pack.page_css.svg_references)
        found += [not_in_pack(pack.page_css.location, target, pack.root)
                  for target in pack.page_css.references
                  if target not in in_svg
                  and not leaves_pack(target) and missing_from_pack(target, pack.root)]
    if pack.email_css is not None:
        found += email_css_findings(pack.email_css)
    return found
