"""Markdown to rejectlet's own paragraph model, with data kept apart from markup.

Composition never pastes a data value into Markdown. Each value is replaced by
a private-use token that Markdown cannot interpret, and the token is swapped
back for the literal value only after Markdown has built its tree. So a
company called ``*NSYNC <b>`` stays exactly that, in every output format.
Raw HTML in templates is not passed through: it is text, and the HTML renderer
escapes it.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import threading
import xml.etree.ElementTree as ET
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import markdown
from markdown.treeprocessors import Treeprocessor

from .model import Paragraph, Run, Style


def _secret() -> str:
    """Three private-use characters drawn when the module loads. They are part of
    every token, so a data value cannot spell a token that stands for another
    value: it cannot know them, and they never reach any output."""
    return "".join(chr(0xE100 + secrets.randbelow(0x1800)) for _ in range(3))


TOKEN_OPEN = "\ue000" + _secret()
TOKEN_CLOSE = "\ue001"
TOKEN_RE = re.compile(re.escape(TOKEN_OPEN) + r"(\d+)" + TOKEN_CLOSE)
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_BLOCKS_AS_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}


class Rendered(str):
    """Text a template rendered: a macro's output, a ``{% set %}`` or filter block.

    As a string it *is* the text a reader will see, with every data value in
    place, so whatever a template does with it (slice it, reverse it, split it,
    loop over its characters, pass it to any filter or method) works on the
    real text, and the plain ``str`` that comes out is data like any other
    value: escaped, never markup, never a piece of a token. The same text with
    its values still as tokens is kept in :attr:`marked`; only printing it, or
    joining it to more template text, uses that form, so the pack's own markup
    in it stays markup.
    """

    #: the same text with every data value still a token (pack markup intact)
    marked: str
    #: the token table the tokens in ``marked`` belong to (None: no tokens)
    table: TokenTable | None

    def __new__(cls, marked: str) -> Rendered:
        table = current_tokens.get()
        made = super().__new__(cls, reading(marked, table))
        made.marked = marked
        made.table = table
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))


@dataclass
class TokenTable:
    """The data values of one template rendering, addressed by token number."""

    values: list[str] = field(default_factory=list)
    origins: list[str | None] = field(default_factory=list)

    def token(self, text: str, origin: str | None) -> str:
        self.values.append(text)
        self.origins.append(origin)
        return f"{TOKEN_OPEN}{len(self.values) - 1}{TOKEN_CLOSE}"

    def data(self, text: str, origin: str | None) -> str:
        """The token for a value printed as data.

        The whole text becomes one token, whatever it holds: rendered text is
        never plain text (:class:`Rendered` carries its marked form apart), so
        text that spells a token — even one whose secret characters leaked —
        is only data, and cannot stand for another value.
        """
        return self.token(text, origin) if text else ""

    def resolve(self, text: str) -> str:
        """Swap every token in a string back for its value (for plain contexts)."""
        return TOKEN_RE.sub(lambda m: self._value(int(m.group(1))), text)

    def _value(self, index: int) -> str:
        return self.values[index] if 0 <= index < len(self.values) else ""


#: The token table of the section being rendered, so that rendered text built
#: while it runs knows the values its tokens stand for (None outside a section).
current_tokens: ContextVar[TokenTable | None] = ContextVar("rejectlet_tokens", default=None)


def reading(marked: str, table: TokenTable | None) -> str:
    """Marked text as a reader sees it: every whole token swapped for its value, and
    any stray token character in the pack's own text dropped."""
    pieces: list[str] = []
    position = 0
    for match in TOKEN_RE.finditer(marked):
        pieces.append(_strip_tokens(marked[position:match.start()]))
        if table is not None:
            pieces.append(table._value(int(match.group(1))))
        position = match.end()
    pieces.append(_strip_tokens(marked[position:]))
    return "".join(pieces)


def token_counts(marked: str) -> dict[int, int]:
    """How many times each token number occurs in marked text."""
    counts: dict[int, int] = {}
    for match in TOKEN_RE.finditer(marked):
        index = int(match.group(1))
        counts[index] = counts.get(index, 0) + 1
    return counts


def broken_tokens(marked: str, kept: str, extra: tuple[str, ...] = ()) -> bool:
    """Whether reshaping ``kept`` (with ``extra`` texts put in) cut or changed a token.

    Every token character must belong to a whole token, each token kept from
    the original may occur at most as often as it did there (a digit replaced
    inside a token would otherwise make it stand for another value), and the
    tokens of the inserted texts may occur any number of times.
    """
    if any(char in TOKEN_RE.sub("", marked) for char in TOKEN_OPEN + TOKEN_CLOSE):
        return True
    allowed = token_counts(kept)
    free = {index for text in extra for index in token_counts(text)}
    return any(index not in free and count > allowed.get(index, 0)
               for index, count in token_counts(marked).items())


def replace_outside_tokens(marked: str, old: str, new: str, count: int = -1) -> str:
    """``str.replace`` on the pack's text only: the tokens that stand for data are
    left whole, so a replacement can neither cut one nor reach into a value."""
    pieces: list[str] = []
    position = 0
    left = count

    def replaced(segment: str) -> str:
        nonlocal left
        if left == 0 or not segment:
            return segment
        hits = segment.count(old) if old else len(segment) + 1
        if left < 0:
            return segment.replace(old, new)
        done = segment.replace(old, new, left)
        left -= min(hits, left)
        return done

    for match in TOKEN_RE.finditer(marked):
        pieces.append(replaced(marked[position:match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(replaced(marked[position:]))
    return "".join(pieces)


class _CaptureTree(Treeprocessor):
    """Keeps the finished tree and hands Markdown an empty one to serialise."""

    def run(self, root: ET.Element) -> ET.Element:
        self.md.captured_tree = root  # type: ignore[attr-defined]
        return ET.Element("div")


def make_markdown() -> markdown.Markdown:
    """A Markdown converter with raw HTML and entities switched off."""
    md = markdown.Markdown(extensions=[], output_format="html")
    md.preprocessors.deregister("html_block")
    for name in ("html", "entity", "automail"):
        if name in md.inlinePatterns:
            md.inlinePatterns.deregister(name)
    md.treeprocessors.register(_CaptureTree(md), "rejectlet_capture", -100)
    return md


#: A paragraph as Markdown left it, tokens still in place: (kind, runs of
#: (text, style, raw href)). The same source always gives the same skeleton.
Skeleton = tuple[tuple[str, tuple[tuple[str, Style, str | None], ...]], ...]
#: Most distinct section sources remembered, and most characters of source.
CACHE_ENTRIES = 4096
CACHE_CHARS = 4_000_000
#: Most idle converters kept for reuse; more threads than this build their own.
IDLE_CONVERTERS = 32


class _Converters:
    """Markdown converters lent to one caller at a time.

    A Python-Markdown converter keeps the document it is working on in itself,
    so two threads sharing one corrupt each other's sections. Each call takes
    a converter nobody else holds and gives it back; a converter is built only
    when every existing one is busy, so their number follows the peak of
    concurrent calls, not the number of threads a host program ever started.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[markdown.Markdown] = []

    @contextlib.contextmanager
    def lend(self) -> Iterator[markdown.Markdown]:
        with self._lock:
            md = self._idle.pop() if self._idle else None
        if md is None:
            md = make_markdown()
        yield md  # when the caller's work raises, the converter is dropped, not reused
        with self._lock:
            if len(self._idle) < IDLE_CONVERTERS:
                self._idle.append(md)

    def clear(self) -> None:
        with self._lock:
            self._idle.clear()


class SkeletonCache:
    """Markdown's results by source text, shared by every thread and pack.

    Skeletons are immutable tuples, so a hit can be handed to any number of
    threads. The cache forgets its least recently used entries beyond
    ``entries`` sources or ``chars`` characters of source, so a long-running
    process that meets endless distinct sections stays bounded.
    """

    def __init__(self, entries: int = CACHE_ENTRIES, chars: int = CACHE_CHARS) -> None:
        self.entries = entries
        self.chars = chars
        self._lock = threading.Lock()
        self._items: OrderedDict[str, Skeleton] = OrderedDict()
        self._size = 0

    def get(self, source: str) -> Skeleton | None:
        with self._lock:
            skeleton = self._items.get(source)
            if skeleton is not None:
                self._items.move_to_end(source)
            return skeleton

    def put(self, source: str, skeleton: Skeleton) -> None:
        if len(source) > self.chars:
            return
        with self._lock:
            if source in self._items:
                return
            self._items[source] = skeleton
            self._size += len(source)
            while len(self._items) > self.entries or self._size > self.chars:
                dropped, _ = self._items.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


_converters = _Converters()
#: The process's one skeleton cache (see :func:`clear_caches`).
skeletons = SkeletonCache()


def clear_caches() -> None:
    """Forget every cached Markdown result and idle converter, for a host program
    that wants its memory back; later letters rebuild what they need."""
    skeletons.clear()
    _converters.clear()


def to_paragraphs(source: str, tokens: TokenTable) -> tuple[Paragraph, ...]:
    """Convert one section's Markdown (with tokens) into paragraphs of runs.

    Tokens are numbered afresh for every section, so letters that take the
    same branches hand Markdown the same text: its result is cached, and only
    the token values differ from letter to letter. Safe to call from any
    number of threads at once.
    """
    if not source.strip():
        return ()
    skeleton = skeletons.get(source)
    if skeleton is None:
        with _converters.lend() as md:
            md.reset()
            md.captured_tree = None  # type: ignore[attr-defined]
            md.convert(source)
            tree: ET.Element | None = md.captured_tree  # type: ignore[attr-defined]
            md.captured_tree = None  # type: ignore[attr-defined]
        skeleton = tuple(_blocks(tree)) if tree is not None else ()
        skeletons.put(source, skeleton)
    paragraphs = []
    for kind, raw_runs in skeleton:
        runs = _collapse(run for text, style, href in raw_runs
                         for run in _resolve(text, style, href, tokens))
        if runs:
            paragraphs.append(Paragraph(runs, kind))
    return tuple(paragraphs)


def _resolve(text: str, style: Style, href: str | None, tokens: TokenTable) -> Iterator[Run]:
    safe = _safe_href(tokens.resolve(href)) if href is not None else None
    if text == "\n":
        yield Run("\n", style, safe)
    else:
        yield from _text_runs(text, style, safe, tokens)


_RawRun = tuple[str, Style, str | None]


def _blocks(root: ET.Element) -> Iterator[tuple[str, tuple[_RawRun, ...]]]:
    for element in root:
        tag = element.tag
        if tag in _BLOCKS_AS_PARAGRAPH:
            base = Style.STRONG if tag.startswith("h") else Style.PLAIN
            if tag == "pre":
                base = Style.CODE
            yield "p", tuple(_inline(element, base, None))
        elif tag in ("ul", "ol"):
            kind = "bullet" if tag == "ul" else "number"
            for item in element:
                yield kind, tuple(_inline(item, Style.PLAIN, None))
        elif tag == "blockquote":
            for _, inner in _blocks(element):
                yield "quote", inner


def _inline(element: ET.Element, style: Style, href: str | None) -> Iterator[_RawRun]:
    tag = element.tag
    if tag in ("em", "i"):
        style |= Style.EM
    elif tag in ("strong", "b"):
        style |= Style.STRONG
    elif tag == "code":
        style |= Style.CODE
    elif tag == "a":
        href = element.get("href", "")
    elif tag == "br":
        yield "\n", style, href
    elif tag == "img":
        alt = element.get("alt", "")
        if alt:
            yield alt, style, href
    if element.text and tag not in ("br", "img"):
        yield element.text, style, href
    for child in element:
        if child.tag in ("p", "ul", "ol"):
            # nested blocks inside list items: flatten into the same paragraph
            yield from _inline(child, style, href)
            yield " ", style, href
        else:
            yield from _inline(child, style, href)
        if child.tail:
            yield child.tail, style, href


def _strip_tokens(text: str) -> str:
    """Template text without the pieces of a token a filter cut in half."""
    for char in TOKEN_OPEN + TOKEN_CLOSE:
        text = text.replace(char, "")
    return text


def _text_runs(text: str, style: Style, href: str | None, tokens: TokenTable) -> Iterator[Run]:
    position = 0
    for match in TOKEN_RE.finditer(text):
        if match.start() > position:
            yield Run(_strip_tokens(text[position:match.start()]), style, href)
        index = int(match.group(1))
        if 0 <= index < len(tokens.values):
            value = tokens.values[index]
            if value:
                yield Run(value, style, href, tokens.origins[index])
        position = match.end()
    if position < len(text):
        yield Run(_strip_tokens(text[position:]), style, href)


def _collapse(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Merge neighbouring runs of one style and trim the paragraph's ends."""
    merged: list[Run] = []
    for run in runs:
        text = run.text.replace("\r\n", "\n").replace("\r", "\n")
        if run.text != "\n" and "\n" in text:
            pieces = text.split("\n")  # linear, unlike a regex over long runs of spaces
            text = " ".join(piece.rstrip(" \t") if i == 0 else
                            piece.lstrip(" \t") if i == len(pieces) - 1 else
                            piece.strip(" \t") for i, piece in enumerate(pieces))
        if not text:
            continue
        run = Run(text, run.style, run.href, run.origin)
        last = merged[-1] if merged else None
        if (last is not None and last.style == run.style and last.href == run.href
                and last.origin is None and run.origin is None):
            merged[-1] = Run(last.text + run.text, last.style, last.href)
        else:
            merged.append(run)
    while merged and not merged[0].text.strip():
        merged.pop(0)
    while merged and not merged[-1].text.strip():
        merged.pop()
    if merged:
        first, last_run = merged[0], merged[-1]
        merged[0] = Run(first.text.lstrip(), first.style, first.href, first.origin)
        last_run = merged[-1]
        merged[-1] = Run(last_run.text.rstrip(), last_run.style, last_run.href, last_run.origin)
    return tuple(merged)


def _safe_href(href: str) -> str | None:
    """Only web, mail and phone links survive; script and data links are dropped."""
    cleaned = href.strip()
    lowered = re.sub(r"[\x00-\x20]", "", cleaned).lower()
    if lowered.startswith("mailto:"):
        return plain_mailto(cleaned)
    if lowered.startswith(_SAFE_SCHEMES):
        return cleaned
    return None


#: The one header field a mailto: link in a letter may fill in for the reader.
_MAILTO_FIELDS = frozenset({"subject"})


def plain_mailto(href: str) -> str:
    """A mailto: link with its addresses and at most a ``subject``: every other field
    (``cc``, ``bcc``, ``body``, ``to``, ``in-reply-to`` …, however it is spelt or
    percent-encoded) and any fragment is stripped. A reader who clicks the link
    sees a message to the address the letter shows, never one that copies someone
    unseen or arrives with text already written."""
    address, _, query = href.partition("#")[0].partition("?")
    kept = [field for field in query.split("&")
            if unquote(field.partition("=")[0]).strip().lower() in _MAILTO_FIELDS]
    return f"{address}?{'&'.join(kept)}" if kept else address

