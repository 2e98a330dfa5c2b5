"""PDF through WeasyPrint, imported only here so ``import rejectlet`` stays light.

WeasyPrint reads nothing but what the fetcher below allows: files inside the
pack folder, a signature image beside the letter's data file, and ``data:``
URIs. Any other reference (``file://`` elsewhere, ``http://``) is refused and
reported as a :class:`RenderError` naming it.

After layout, and before a byte is written, the result is measured: an address
that spills out of the envelope window, or a message that does not fit its
card, is an error rather than a misprinted page.

Every function here is safe to call from any number of threads. The HTML is
built in the caller; layout, measuring and writing run in :func:`lay_out`,
either right here or, for packs that are not built in, in a worker process
(:mod:`.isolation`). WeasyPrint's font configurations are reused rather than
built per document (a new one costs memory that is never given back), lent
to one document at a time and kept apart per pack folder, so fonts one pack
declares never reach another's letters. No logger, signal handler or working
directory is changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from ..diagnostics import Diagnostic, Location, Severity, display_path
from ..errors import RenderError
from ..model import Letter, Pack
from ..pack.styles import blocked, engine_findings
from ..paper.cards import CardStyle, flat_card_html, folded_card_html, sheet_for
from ..paper.choices import (
    field_name,
    judge_choices,
    judge_page_size,
    judge_pdf_variant,
    judge_sheet,
)
from ..paper.envelope import envelope_html
from ..paper.formats import Card, Layout, load_formats
from ..paper.options import PrintOptions, plain_options
from ..paper.print_html import build_print_html
from ..pathdoor import path_errors, quietly_resolved
from ..suggest import shown_name
from .isolation import run_isolated as run_isolated  # isolated work that is not a letter

PX = 0.75  # WeasyPrint lays out in CSS pixels; a PDF point is 0.75 px
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


@functools.cache
def _fetcher_class() -> Any:
    """The fetcher class, made once: it subclasses WeasyPrint's, imported lazily."""
    from weasyprint.urls import URLFetcher

    class PackOnlyFetcher(URLFetcher):  # type: ignore[misc]
        """Serves the pack's own files, named extra files and data: URIs; refuses the rest."""

        def __init__(self, root: Path, extra_files: tuple[Path, ...]) -> None:
            super().__init__(allowed_protocols=("file", "data"), allow_redirects=False,
                             timeout=1)
            self.root = root.resolve()
            self.extra = {p.resolve() for p in extra_files}
            self.blocked: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return self._measured(url, super().fetch(url, headers))
            if scheme == "file":
                found = quietly_resolved(unquote(urlsplit(url).path))
                path = Path(found) if found is not None else None
                if path is not None and ((path in self.extra and _is_file(path)) or (
                        path.is_relative_to(self.root) and _is_pack_file(self.root, path))):
                    return self._measured(url, super().fetch(url, headers))
            self.blocked.append(url)
            raise ValueError(f"blocked by rejectlet: {url}")

        def _measured(self, url: str, response: Any) -> Any:
            """The response, once its bytes are known to be no image the engine
            would decode at a cost out of all proportion: every raster image is
            measured by its header, whichever door it came through, and a
            ``data:`` URI must hold a kind rejectlet embeds (the engine would
            decode a bitmap or TIFF there too)."""
            try:
                body = response.read()
            finally:
                response.close()
            why = _fetched_image_problem(url, body)
            if why:
                shown = url if len(url) <= 80 else url[:77] + "..."
                self.blocked.append(f"{shown} ({why})")
                raise ValueError(f"blocked by rejectlet: {shown}")
            return type(response)(response.url, body, response.headers, response.status)

    return PackOnlyFetcher


def _fetched_image_problem(url: str, body: bytes) -> str | None:
    """Why bytes the engine fetched may not be laid out, or None."""
    from ..file_kinds import kind_of, markup_like
    from ..image_bounds import oversize

    kind = kind_of(body)
    if kind is None:
        if url[:5].lower() == "data:" and not markup_like(body):
            return "its bytes show no image or font rejectlet knows"
        return None
    return oversize(kind, body)


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a regular file; a path the system refuses is not one."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _is_pack_file(root: Path, path: Path) -> bool:
    """Whether ``path`` is a regular file of the pack at ``root`` that the pack may
    use: not a hard link, unless the pack is built in or installed, and with bytes
    of the kind its name says (the engine parses a file it cannot read as a raster
    image as SVG, whatever its name)."""
    from ..confine import Refused, first_bytes_inside
    from ..file_kinds import SNIFF_BYTES, mismatch

    try:
        head = first_bytes_inside(root, path, SNIFF_BYTES)
    except (Refused, OSError, ValueError, RuntimeError):
        return False
    return mismatch(path.name, head) is None


def _fetcher(root: Path, extra_files: tuple[Path, ...]) -> Any:
    return _fetcher_class()(root, extra_files)


def _signature_image(letter: Letter) -> Path | None:
    """The signature image the data names: a PNG or JPEG beside the data file."""
    value = letter.data.get("signature_image")
    if not value:
        return None
    source = letter.data_source
    where = letter.place_of_value("signature_image")
    shown = shown_name(str(value))
    if source is None or source.path == "<data>":
        # Data a program passed has no folder of its own; the working directory is
        # the host's, not the writer's, so nothing is read from it.
        raise RenderError(f"signature_image {shown} names a file, but this letter's data "
                          "came from a program, not a data file, so there is no folder "
                          "to read it from", where, code="RJ414",
                          hint="write the data to a YAML file with the image beside it, or "
                               "leave signature_image out")
    with path_errors(lambda why: RenderError(
            f"signature_image {shown} cannot be read: {why}", where,
            code="RJ414", hint="put the image in the data file's folder, under a short "
                               "plain name")):
        base = Path(source.path).resolve().parent
        image = (base / str(value)).resolve()
        if image.suffix.lower() not in IMAGE_SUFFIXES:
            raise RenderError(f"signature_image must be a PNG or JPEG file, not {shown}",
                              where, code="RJ414", hint="scan or export your signature as .png")
        if not image.is_relative_to(base) or not image.is_file():
            raise RenderError(f"no signature image {shown} beside the data file", where,
                              code="RJ414", hint="put the image in the data file's folder")
        wrong = _signature_mismatch(image)
        if wrong:
            raise RenderError(f"signature_image {shown}: {wrong}", where, code="RJ414",
                              hint="export the signature again as a real PNG or JPEG file")
        large = _signature_oversize(image)
        if large:
            raise RenderError(f"signature_image {shown}: {large}", where, code="RJ414",
                              hint="scale the signature down to a few hundred pixels high, "
                                   "plenty for print, and export it again")
    return image


def _signature_mismatch(image: Path) -> str | None:
    """Why the signature image's bytes are not the PNG or JPEG its name says, if so:
    the engine would parse any other bytes as SVG, whatever the name."""
    from ..confine import Refused, first_bytes_regular
    from ..file_kinds import SNIFF_BYTES, mismatch

    try:
        head = first_bytes_regular(image, SNIFF_BYTES)
    except Refused as refused:
        return f"it cannot be read ({refused.detail or refused.reason.value})"
    return mismatch(image.name, head, ("png", "jpeg"))


def _signature_oversize(image: Path) -> str | None:
    """Why the signature image (already known to be a PNG or JPEG) is too large to
    lay out, by its bytes on disk or by the pixels its header says it holds: the
    engine decodes every pixel in the process that lays the letter out."""
    from ..confine import Refusal, Refused, read_regular
    from ..file_kinds import kind_of
    from ..image_bounds import MAX_SIGNATURE_BYTES, MAX_SIGNATURE_PIXELS, oversize

    try:
        data = read_regular(image, MAX_SIGNATURE_BYTES)
    except Refused as refused:
        if refused.reason is Refusal.TOO_BIG:
            return f"the file is larger than {MAX_SIGNATURE_BYTES:,} bytes"
        return f"it cannot be read ({refused.detail or refused.reason.value})"
    return oversize(kind_of(data) or "", data, MAX_SIGNATURE_PIXELS)


def layout_for(letter: Letter, options: PrintOptions) -> Layout:
    """The print layout a letter gets: the one asked for, else the page size's, else the pack's."""
    formats = load_formats(options.formats_file)
    if options.layout:
        return formats.layout(options.layout, Location.of_argument(field_name("layout")))
    if options.page_size:
        size = judge_page_size(options.page_size, Location.of_argument(field_name("page_size")))
        return formats.layout(f"{size}-plain")
    if letter.pack.page.layout:
        return formats.layout(letter.pack.page.layout)
    return formats.layout(f"{letter.pack.page.size}-plain")


def _produce(letter: Letter, options: PrintOptions, html_text: str,
             finish: dict[str, Any], extra: tuple[Path, ...] = ()) -> tuple[dict[str, Any],
                                                                           bytes | None]:
    """Lay out, measure and (if the measures pass) write the document, here or in a
    worker process; refuse it if it reached for anything not allowed."""
    where = refuse_before_layout(letter.pack)
    args = (html_text, str(letter.pack.root), tuple(str(p) for p in extra), finish)
    if isolation_wanted(letter.pack, options, len(html_text)):
        info, blobs = _isolated(args, options.timeout, letter)
    else:
        info, blobs = lay_out(*args)
    refused_urls = info.get("blocked")
    if refused_urls:
        raise blocked_error(refused_urls, where)
    if info.get("engine_error"):
        raise engine_failed(str(info["engine_error"]), where)
    return info, blobs[0] if blobs else None


def _isolated(args: tuple[Any, ...], timeout: float,
              letter: Letter) -> tuple[dict[str, Any], list[bytes]]:
    """Lay out in a worker process, stopped after ``timeout`` seconds or sooner when
    the work is metered (``rejectlet check`` renders every sample under one budget)
    and less time than that is left: then the end of that time is the budget's."""
    from ..limits import BudgetExceeded, seconds_left
    from .isolation import call_isolated

    left = seconds_left()
    capped = left is not None and left < timeout
    if left is not None and left <= 0:
        raise BudgetExceeded("the run used up its time before the PDF was laid out",
                             whole_run=True, seconds=True)
    try:
        return call_isolated(lay_out, args, left if capped and left is not None else timeout,
                             letter.data_source)
    except RenderError as exc:
        if capped and exc.diagnostics and exc.diagnostics[0].code == "RJ416":
            raise BudgetExceeded("the run used up its time while the PDF was laid out",
                                 whole_run=True, seconds=True) from None
        raise


def stylesheet_place(pack: Pack) -> Location | None:
    """Where a layout failure is reported: the pack's stylesheet, else the pack."""
    return Location(display_path(pack.stylesheet)) if pack.stylesheet else pack.location


def refuse_before_layout(pack: Pack) -> Location | None:
    """Everything the PDF engine is not given: ``attr()`` uses it fails on (RJ438 at
    their line and column), files named inside inline SVG images, and files the
    stylesheet names that are not plain files of the pack (RJ412). One letter and
    a batch of them both pass here before any layout; returns where a later
    layout failure is reported."""
    where = stylesheet_place(pack)
    if pack.page_css is not None:
        traps = engine_findings(pack.page_css)
        if traps:
            raise RenderError(traps)
        _check_inline_svg(pack.page_css.svg_references, where)
        _check_pack_files(pack.page_css.text, pack.root, where)
        from .html_assets import pack_svg_findings

        svg_problems = pack_svg_findings(pack)
        if svg_problems:
            raise RenderError(svg_problems)
    return where


def engine_failed(kind: str, where: Location | None) -> RenderError:
    """The PDF engine's own failure (``kind``: the exception's name), located at
    the stylesheet rather than raised from inside WeasyPrint (RJ418)."""
    return RenderError(f"the PDF engine failed on this letter and the pack's stylesheet "
                       f"({kind})", where, code="RJ418",
                       hint="simplify the stylesheet near what it names; report it if "
                            "the stylesheet is plain CSS")


def _check_inline_svg(svg_references: tuple[str, ...], where: Location | None) -> None:
    """An SVG image written inline in the CSS may not name other files: WeasyPrint
    would not load them, and the author should hear why the image is incomplete."""
    outside = [t for t in svg_references if not t.startswith("#")]
    if outside:
        raise RenderError([blocked(where, outside[0])])


def _check_pack_files(css: str, root: Path, where: Location | None) -> None:
    """Every file the stylesheet names must be in the pack, including the ones the
    layout would never fetch (the second candidate of an ``image-set()``, which
    a browser showing the HTML letter on a sharper screen would): so the PDF
    refuses what the HTML letter and ``check`` refuse. A reference leading off
    the pack is refused here too, as blocked, even where the layout would never
    ask the fetcher for it (an ``@import``, a second candidate, ``image()``), so
    no refused reference is dropped without a word."""
    from ..cssrefs import leaves_pack, missing_from_pack, references
    from ..pack.styles import not_in_pack

    named = list(dict.fromkeys(references(css, into_svg=False)))
    base = Path(root).resolve().as_uri() + "/"
    # named as the fetcher would name it: resolved against the pack's folder
    refused = [blocked(where, urljoin(base, target)) if leaves_pack(target)
               else not_in_pack(where, target, Path(root))
               for target in named
               if leaves_pack(target) or missing_from_pack(target, root)]
    if refused:
        raise RenderError(refused)


#: Idle font configurations kept per pack folder, and pack folders remembered.
IDLE_FONT_CONFIGS = 4
FONT_CONFIG_FOLDERS = 16


class _FontConfigs:
    """WeasyPrint font configurations, lent to one document at a time.

    A configuration holds Pango and fontconfig state that is neither cheap
    (about 0.2 MiB of native memory that is not returned when it is dropped)
    nor safe to share between threads, and it keeps every ``@font-face`` a
    document declared. So configurations are pooled per pack folder: reused
    document after document, used by one thread at a time, and never shared
    between packs. The pool is bounded by folders and by idle entries.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: OrderedDict[str, list[Any]] = OrderedDict()

    @contextlib.contextmanager
    def lend(self, folder: str) -> Iterator[Any]:
        with self._lock:
            idle = self._idle.get(folder)
            config = idle.pop() if idle else None
        if config is None:
            from weasyprint.text.fonts import FontConfiguration

            config = FontConfiguration()
        yield config  # the work raised: the configuration is dropped, not reused
        with self._lock:
            idle = self._idle.setdefault(folder, [])
            self._idle.move_to_end(folder)
            if len(idle) < IDLE_FONT_CONFIGS:
                idle.append(config)
            while len(self._idle) > FONT_CONFIG_FOLDERS:
                self._idle.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._idle.clear()


_font_configs = _FontConfigs()


class BlockedReferences(RenderError):
    """The document reached for files or URLs outside what it may read."""

    def __init__(self, urls: list[str], where: Location | None) -> None:
        super().__init__([blocked(where, url) for url in urls])
        self.urls = urls


def blocked_error(urls: list[str], where: Location | None) -> RenderError:
    """The error for references a layout refused, located at ``where``."""
    return BlockedReferences(list(dict.fromkeys(urls)), where)


@contextlib.contextmanager
def laid_out(html_text: str, root: Path, extra: tuple[Path, ...] = (),
             where: Location | None = None) -> Iterator[Any]:
    """Lay out HTML with only ``root``'s files (and ``extra``) reachable; measure and
    write the document inside the block, while its font configuration is held."""
    import weasyprint

    fetcher = _fetcher(root, extra)
    with _font_configs.lend(str(root)) as font_config:
        # WeasyPrint logs each refused reference; they are reported below, once, in
        # plain words, and its logger is left as the host program configured it
        document = weasyprint.HTML(string=html_text, base_url=root.as_uri() + "/",
                                   url_fetcher=fetcher).render(font_config=font_config)
        if fetcher.blocked:
            raise blocked_error(fetcher.blocked, where)
        yield document


def lay_out(html_text: str, root: str, extra: tuple[str, ...],
            finish: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """Lay out, measure and write one document, as plain data: what was measured,
    and the PDF when the measures allow it. Runs here or in a layout worker."""
    try:
        with laid_out(html_text, Path(root), tuple(Path(p) for p in extra)) as document:
            pages = document.pages
            info: dict[str, Any] = {"pages": len(pages)}
            if finish.get("max_pages") and len(pages) > finish["max_pages"]:
                return info, []
            if finish.get("single_page") and len(pages) > 1:
                return info, []
            if finish.get("window"):
                problems = window_problems(pages[0])
                if problems:
                    info["window"] = problems
                    return info, []
            if finish.get("panel") and _panel_overflows(document):
                info["panel_overflow"] = True
                return info, []
            pdf: bytes = document.write_pdf(**finish.get("write", {}))
            return info, [pdf]
    except BlockedReferences as exc:
        return {"blocked": exc.urls}, []
    except Exception as exc:  # the engine's own failure, on any path: located by the caller
        return {"engine_error": type(exc).__name__}, []


def clear_font_configs() -> None:
    """Drop the pooled font configurations of this process."""
    _font_configs.clear()


def write_document(document: Any, html_text: str, options: PrintOptions) -> bytes:
    """Serialise with the caller's metadata choices; a fixed date gives fixed bytes."""
    pdf: bytes = document.write_pdf(**pdf_settings(html_text, options))
    return pdf


def pdf_settings(html_text: str, options: PrintOptions) -> dict[str, Any]:
    """WeasyPrint's ``write_pdf`` arguments for the caller's metadata choices."""
    kwargs: dict[str, Any] = {}
    if options.tagged:
        kwargs["pdf_tags"] = True
    if options.pdf_variant:
        kwargs["pdf_variant"] = judge_pdf_variant(
            options.pdf_variant, Location.of_argument(field_name("pdf_variant")))
    if options.created is not None:
        kwargs["pdf_identifier"] = hashlib.sha256(html_text.encode()).hexdigest()[:32].encode()
    return kwargs


def _created(options: PrintOptions) -> dt.datetime:
    return options.created or dt.datetime.now(dt.UTC).replace(microsecond=0)


#: Most pages one letter may have; a reply is one page, a long letter two.
MAX_PAGES = 20


def render_pdf(letter: Letter, page_size: str | None = None,
               options: PrintOptions | None = None) -> bytes:
    """The letter as PDF bytes: a letter on its layout, or a note card.

    Packs that are not built in are laid out in a worker process that is
    stopped after ``options.timeout`` seconds, so a hostile stylesheet cannot
    hang the caller.
    """
    options = options or PrintOptions()
    if page_size and not options.page_size:
        from dataclasses import replace

        judge_page_size(page_size, Location.of_argument("render(page_size)"))
        options = replace(options, page_size=page_size)
    judge_choices(options)
    if options.card:
        return render_card(letter, options)
    layout = layout_for(letter, options)
    image = _signature_image(letter)
    html_text = build_print_html(letter, layout, debug=options.debug,
                                 signature_image=image.as_uri() if image else None,
                                 created=_created(options))
    info, pdf = _produce(letter, options, html_text,
                         {"max_pages": MAX_PAGES, "window": layout.window is not None,
                          "write": pdf_settings(html_text, options)},
                         (image,) if image else ())
    if info["pages"] > MAX_PAGES:
        raise RenderError(f"the letter came out as {info['pages']} pages; the limit is "
                          f"{MAX_PAGES}", letter.pack.location, code="RJ417",
                          hint="a pack stylesheet with absurd sizes can do this")
    if info.get("window"):
        raise window_error(letter, layout, list(info["window"]))
    assert pdf is not None
    return pdf


def card_style(letter: Letter) -> CardStyle:
    settings = letter.pack.card
    return CardStyle(font=settings.font, font_size=settings.font_size, front=settings.front,
                     background=settings.background)


def render_card(letter: Letter, options: PrintOptions) -> bytes:
    """A note card, flat or folded on a sheet; refuse text that does not fit it."""
    assert options.card is not None
    card = load_formats(options.formats_file).card(options.card,
                                                   Location.of_argument(field_name("card")))
    style = card_style(letter)
    if options.folded:
        sheet = judge_sheet(sheet_for(card, options.sheet),
                            Location.of_argument(field_name("sheet")))
        html_text = folded_card_html(letter, card, style, sheet)
        info, pdf = _produce(letter, options, html_text,
                             {"panel": True, "write": pdf_settings(html_text, options)})
        if info.get("panel_overflow"):
            raise _too_long(letter, card, "the message runs past the inside panel")
    else:
        html_text = flat_card_html(letter, card, style)
        info, pdf = _produce(letter, options, html_text,
                             {"single_page": True, "write": pdf_settings(html_text, options)})
        if info["pages"] > 1:
            raise _too_long(letter, card, f"it needs {info['pages']} cards")
    assert pdf is not None
    return pdf


def render_envelope(letter: Letter, envelope: str | None = None,
                    options: PrintOptions | None = None) -> bytes:
    """An envelope to print: the card's envelope, or #10 / DL by the pack's paper."""
    from ..arguments import expect
    from ..letter_shape import expect_letter

    expect_letter(letter, "render_envelope(letter)")
    expect(envelope, str, "render_envelope(envelope)", "an envelope name such as us-10",
           optional=True)
    expect(options, PrintOptions, "render_envelope(options)", "a rejectlet PrintOptions",
           optional=True)
    options = plain_options(options)
    formats = judge_choices(options)
    where = None
    if envelope is None:
        if options.card:
            envelope = formats.card(options.card).envelope
        else:
            envelope = "iso-dl" if layout_for(letter, options).paper == "a4" else "us-10"
    else:
        where = Location.of_argument("render_envelope(envelope)")
    chosen = formats.envelope(envelope, where)
    html_text = envelope_html(letter, chosen)
    _, pdf = _produce(letter, options, html_text, {"write": pdf_settings(html_text, options)})
    assert pdf is not None
    return pdf


# -- a worker process for packs from elsewhere --------------------------------------------
#: Characters of a letter's HTML past which even a built-in pack is laid out in a
#: worker process, under ``PrintOptions.timeout``: a letter's HTML is a few thousand
#: characters, and data within every limit (an address of thousands of lines, 200
#: long enclosures) can make layout take a minute of the caller's own CPU.
LARGE_LETTER_CHARS = 40_000


def isolation_wanted(pack: Pack, options: PrintOptions, letter_chars: int = 0) -> bool:
    """Whether layout runs in a separate process: as the caller says, else for every
    pack that is not built in, and for any letter whose HTML is far larger than a
    letter's (``letter_chars``), so its layout too is stopped at the time limit."""
    if options.isolate is not None:
        return options.isolate
    return pack.source != "built-in" or letter_chars > LARGE_LETTER_CHARS


# -- measuring the laid-out pages ------------------------------------------------------
def _boxes(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _classes(box: Any) -> set[str]:
    element = getattr(box, "element", None)
    if element is None:
        return set()
    return set((element.get("class") or "").split())


def _find(page: Any, cls: str) -> Any:
    return next((b for b in _boxes(page._page_box) if cls in _classes(b)
                 and getattr(b, "element_tag", "") != ""), None)


def _text_extent(box: Any) -> tuple[float, float]:
    """Right and bottom edges (px) of the text inside a box."""
    right = bottom = 0.0
    for child in _boxes(box):
        if type(child).__name__ == "TextBox":
            right = max(right, child.position_x + child.width)
            bottom = max(bottom, child.position_y + child.height)
    return right, bottom


def window_problems(page: Any) -> list[str]:
    """How the address on a laid-out first page overflows its window, in words."""
    field = _find(page, "address-field")
    if field is None:
        return []
    recipient = next((b for b in _boxes(field) if "recipient" in _classes(b)), field)
    right, bottom = _text_extent(recipient)
    field_right = field.position_x + field.width + 0.5
    field_bottom = field.position_y + field.height + 0.5
    problems = []
    if bottom > field_bottom:
        problems.append(f"is {(bottom - field_bottom) * PX / 72 * 25.4:.1f} mm too tall")
    if right > field_right:
        problems.append(f"is {(right - field_right) * PX / 72 * 25.4:.1f} mm too wide")
    return problems


def window_error(letter: Letter, layout: Layout, problems: list[str]) -> RenderError:
    return RenderError([Diagnostic(
        "RJ453", Severity.ERROR,
        f"the recipient's address does not fit the {layout.name} window: it "
        + " and ".join(problems), letter.place_of_value("recipient.address"),
        "shorten the address lines, or choose another layout")])


def _panel_overflows(document: Any) -> bool:
    """Whether a folded card's message runs past its inside panel."""
    panel = None
    for page in document.pages:
        panel = _find(page, "inside-right") or panel
    if panel is None:
        return False
    _, bottom = _text_extent(panel)
    limit = panel.position_y + panel.padding_top + panel.height
    return bool(bottom > limit + 0.5)


def _too_long(letter: Letter, card: Card, why: str) -> RenderError:
    return RenderError([Diagnostic(
        "RJ452", Severity.ERROR, f"the message does not fit a {card.name} card: {why}",
        letter.data_source, "shorten it, choose a larger card, or print a letter instead")])


def font_subsetting_path() -> str:
    """Which font subsetter WeasyPrint will use: "harfbuzz" (fast, from the system's
    libharfbuzz-subset) or "fonttools" (a much slower fallback)."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    if harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0):
        return "harfbuzz"
    return "fonttools"
