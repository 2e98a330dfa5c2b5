"""Every resource a stylesheet refers to, as a browser or WeasyPrint would read it.

Checks for URLs in CSS must see through CSS escapes (``\\75 rl(`` is ``url(``)
and comments, and into SVG images written inline as ``data:`` URIs, whose own
``href`` attributes name further files.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from .limits import watch_the_clock

_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
#: A function's first argument: a quoted string, or an unquoted address. A function
#: written there (``image-set(url(a.png) 1x)``) is no address: the match fails at
#: the outer name, and the inner ``url(`` is found on its own.
_URL = re.compile(r"""(?:url|src|image|image-set|-webkit-image-set|cross-fade|element)\s*\(\s*
                      (?:"([^"]*)"|'([^']*)'|(?![a-z-]+\s*\()([^)\s]*))""",
                  re.IGNORECASE | re.VERBOSE)
_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_SVG_HREF = re.compile(r"""(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def decode(css: str) -> str:
    """CSS with escapes resolved and comments removed."""
    return _unescaped(" ".join(_between_comments(css)))


def _unescaped(css: str) -> str:
    """CSS with its escapes resolved (``\\75 rl(`` is ``url(``)."""
    def unescape(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"
        return match.group(2)
    return _ESCAPE.sub(unescape, css)


#: Where a line ends for CSS (which reads CR LF, CR and form feed as one newline).
_CSS_NEWLINE = re.compile(r"\r\n|[\r\n\f]")


@functools.lru_cache(maxsize=16)
def comment_spans(css: str) -> tuple[tuple[int, int], ...]:
    """Where the comments of ``css`` are, as (start, end) offsets, found as a browser
    finds them: by CSS's own tokenizer, so a ``/*`` inside a string
    (``content: "/*"``) or an unquoted ``url(/*)`` starts no comment, and text
    after it is read, not skipped."""
    if "/*" not in css:
        return ()
    import tinycss2

    starts = [0] + [match.end() for match in _CSS_NEWLINE.finditer(css)]
    spans: list[tuple[int, int]] = []
    pending = list(tinycss2.parse_component_value_list(css, skip_comments=False))
    while pending:
        node = pending.pop()
        if node.type == "comment":
            start = starts[node.source_line - 1] + node.source_column - 1
            end = css.find("*/", start + 2)
            spans.append((start, len(css) if end < 0 else end + 2))
        for nested in (getattr(node, "content", None), getattr(node, "arguments", None)):
            if isinstance(nested, list):
                pending.extend(nested)
    return tuple(sorted(spans))


def _between_comments(css: str) -> list[str]:
    """The pieces of ``css`` outside its comments, in order."""
    pieces: list[str] = []
    index = 0
    for start, end in comment_spans(css):
        pieces.append(css[index:start])
        index = end
    pieces.append(css[index:])
    return pieces


def _data_bytes(uri: str) -> bytes | None:
    """The bytes a data: URI holds; None when its base64 cannot be decoded."""
    head, _, body = uri.partition(",")
    if ";base64" in head.lower():
        try:
            return base64.b64decode(body, validate=False)
        except (binascii.Error, ValueError):
            return None
    return unquote_to_bytes(body)


def _svg_text(uri: str) -> str | None:
    """The SVG a data: URI holds, as text; None when it is not plain UTF-8 text
    (see :func:`svg_as_text`)."""
    data = _data_bytes(uri)
    if data is None:
        return ""
    return svg_as_text(data)


def _payload(uri: str) -> bytes:
    """The bytes a data: URI carries (empty when its base64 cannot be read)."""
    head, _, body = uri.partition(",")
    if ";base64" in head.lower():
        try:
            return base64.b64decode(body, validate=False)
        except (binascii.Error, ValueError):
            return b""
    return unquote_to_bytes(body)


def _holds_svg(uri: str) -> bool:
    """Whether a data: URI's bytes are markup, whatever image type it declares: the
    same test a pack file's bytes get (:mod:`rejectlet.file_kinds`)."""
    from .file_kinds import SNIFF_BYTES, kind_of

    return kind_of(_payload(uri)[:SNIFF_BYTES]) == "svg"


#: The encodings an SVG image of a pack may declare: what is read is UTF-8.
_SVG_ENCODINGS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_ENCODING_DECLARED = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""",
                                re.IGNORECASE)
#: Characters XML 1.0 does not allow in a document: the C0 controls but tab and the
#: line ends. A NUL between the letters is how UTF-16 and UTF-32 look read as UTF-8.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: What is reported for an SVG image rejectlet cannot read as UTF-8 text.
UNREADABLE_SVG = "an SVG image that is not plain UTF-8 text (UTF-16, gzip, another encoding)"


def svg_as_text(data: bytes) -> str | None:
    """SVG bytes as the text every reader of them sees, or None when there is no
    such single text: bytes that are not UTF-8 (UTF-16 with its mark, gzip's
    ``.svgz``), characters XML does not allow (the NULs of UTF-16 or UTF-32 without
    a mark), or another encoding declared. A browser reads those fine, so
    scanning a lossy decoding would miss what it fetches; such an image is refused
    instead."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    text = text.removeprefix("\ufeff")
    declared = _ENCODING_DECLARED.search(text[:1000])
    if _NOT_XML.search(text) or (declared and declared.group(1).strip().lower()
                                 not in _SVG_ENCODINGS):
        return None
    return text


#: Functions that take several images: every string among their arguments is a
#: candidate a browser may load, not only the first.
_MANY_IMAGES = frozenset({"image-set", "-webkit-image-set", "cross-fade", "image", "src"})


def _name_before(text: str, index: int) -> tuple[str, int] | None:
    """The function name written just before the bracket at ``index`` (blanks
    allowed between), looked for in the 64 characters before it, with its start;
    read backwards character by character, since a pattern tried from each of
    those 64 places costs that much at every bracket."""
    floor = max(0, index - 64)
    end = index
    while end > floor and text[end - 1].isspace():
        end -= 1
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        start -= 1
    return (text[start:end], start) if start < end else None


def _candidates(text: str) -> list[str]:
    """Every quoted string inside image-set(), cross-fade() and the like, found in
    one pass over the text (a stack of open functions, with a count of how many
    of them take images), so the cost stays linear however deep they nest."""
    found: list[str] = []
    stack: list[bool] = []  # for each open function: whether it takes images
    open_image_functions = 0
    index, length, turns = 0, len(text), 0
    while index < length:
        turns += 1
        watch_the_clock(turns)
        char = text[index]
        if char in "\"'":
            end = text.find(char, index + 1)
            end = length if end < 0 else end
            if open_image_functions:
                found.append(text[index + 1:end].strip())
            index = end + 1
            continue
        if char == "(":
            name = _name_before(text, index)
            many = name is not None and name[0].lower() in _MANY_IMAGES
            stack.append(many)
            open_image_functions += many
        elif char == ")" and stack:
            open_image_functions -= stack.pop()
        index += 1
    return found


def references(css: str, *, into_svg: bool = True, in_markup: bool = False) -> list[str]:
    """The targets of url(), image(), @import and the like, every candidate of
    image-set() and cross-fade(), and (unless told not to) the href attributes
    inside inline SVG images. ``in_markup`` reads CSS that sits inside SVG markup
    (a ``<style>`` element, a ``style`` attribute): there a quote of the markup
    around it is no CSS string, so where its comments are cannot be told apart
    from the markup, and nothing is taken for a comment (what a comment would hide
    is read too)."""
    return list(_references(css, into_svg, in_markup))


@functools.lru_cache(maxsize=16)
def _references(css: str, into_svg: bool, in_markup: bool) -> tuple[str, ...]:
    """:func:`references`, remembered for the last few stylesheets: one render, and a
    check of a pack, ask the same question of one stylesheet several times, and a
    large one costs a scan of every character each time."""
    text = _unescaped(css) if in_markup else decode(css)
    found = [next((g for g in match.groups() if g is not None), "").strip()
             for match in (*_URL.finditer(text), *_IMPORT.finditer(text))]
    named = set(found)  # a set: a sheet of many references is not searched for each
    found += [target for target in _candidates(text) if target not in named]
    if into_svg:
        found += svg_references(css)
    return tuple(found)


def _first(target: str, seen: set[str]) -> bool:
    """Whether ``target`` is not yet in ``seen``, which then holds it: a set, so
    that a sheet of many references is not compared with all of them for each."""
    if target in seen:
        return False
    seen.add(target)
    return True


#: XML's own escapes: a character reference (``&#114;``, ``&#x72;``) or one of the
#: five named ones, which an XML parser resolves before any CSS in it is read.
_XML_REFERENCE = re.compile(r"&#[xX]([0-9a-fA-F]{1,8});|&#([0-9]{1,10});|&(lt|gt|amp|quot|apos);")
_XML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
#: A document type declaration can define entities that expand to any text
#: (``<!ENTITY u "url(http://…)">`` … ``&u;``); no image of a letter needs one.
_XML_DECLARATION = re.compile(r"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
#: What is reported for an SVG image that declares entities.
ENTITY_DECLARATION = "<!DOCTYPE or <!ENTITY in an SVG image>"


def _xml_decoded(svg: str) -> str:
    """SVG text as an XML parser hands it on: character references and the named
    escapes resolved, and CDATA markers dropped, so ``u&#114;l(`` reads ``url(``."""
    def resolve(match: re.Match[str]) -> str:
        hexadecimal, decimal, name = match.groups()
        if name:
            return _XML_NAMED[name]
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"
    return _XML_REFERENCE.sub(resolve, svg.replace("<![CDATA[", "").replace("]]>", ""))


#: An attribute of an SVG element with its quoted value. The name starts where a
#: name can start (not inside a longer one), so a long word with no ``=`` is
#: read once, not once from each of its characters.
_SVG_ATTRIBUTE = re.compile(r"""(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: What separates the several addresses one attribute may hold (srcset, values).
_ADDRESS_SEPARATORS = re.compile(r"[\s,;]+")


def _attribute_addresses(svg: str) -> list[str]:
    """Addresses that leave the pack, in any attribute of an SVG image, not only
    ``href``: ``src`` and ``srcset`` inside ``foreignObject``, and the ``to``,
    ``from``, ``by`` and ``values`` an animation sets an ``href`` to. Namespace
    declarations name a vocabulary, not a file, and ``style`` is read as CSS."""
    found: list[str] = []
    for match in _SVG_ATTRIBUTE.finditer(svg):
        name = match.group(1).lower()
        if name.startswith("xmlns") or name == "style":
            continue
        value = match.group(2) if match.group(2) is not None else match.group(3)
        for token in _ADDRESS_SEPARATORS.split(value):
            fetched = _as_fetched(token).lower()
            looks_like_address = "//" in fetched or fetched.startswith(
                ("/", "\\", "..", "data:", "file:", "javascript:"))
            if token and looks_like_address and leaves_pack(token):
                found.append(token)
    return found


def svg_references(css: str) -> list[str]:
    """What the stylesheet's inline SVG images name: their href targets, and the
    url(), image() and @import targets of the CSS inside them (a ``style``
    attribute, a ``fill='url(…)'``, a ``<style>`` element), read after XML's own
    escapes are resolved. An image that declares entities is reported as
    :data:`ENTITY_DECLARATION`, since what they expand to is not read here."""
    found: list[str] = []
    for target in references(css, into_svg=False):
        # an image is judged by its bytes, not by the type it declares (as a pack file
        # is): data:image/png holding markup is scanned as the SVG it is
        if target.lower().startswith("data:image/svg") or (
                target.lower().startswith("data:image/") and _holds_svg(target)):
            raw = _svg_text(target)
            if raw is None:
                found.append(UNREADABLE_SVG)
                continue
            if _XML_DECLARATION.search(raw):
                found.append(ENTITY_DECLARATION)
            svg = _xml_decoded(raw)
            hrefs = [next(g for g in m.groups() if g is not None).strip()
                     for m in _SVG_HREF.finditer(svg)]
            found.extend(hrefs)
            seen = set(found)
            found.extend(token for token in _attribute_addresses(svg) if _first(token, seen))
            found.extend(inner for inner in references(svg, into_svg=False, in_markup=True)
                         if _first(inner, seen))
    return found


def loading_at_rule(css: str) -> str:
    """'@import' or '@font-face' if the stylesheet has one (they load files), else ''."""
    text = decode(css).lower()
    return next((rule for rule in ("@import", "@font-face") if rule in text), "")


#: Characters a URL parser drops wherever they stand (so ``ht\tp:`` is ``http:``).
_URL_BLANKS = re.compile("[\t\n\r]")


def _as_fetched(target: str) -> str:
    """A reference as a browser or WeasyPrint reads it: tabs and line breaks
    dropped, percent escapes decoded (``%2e%2e`` is ``..``)."""
    return unquote(_URL_BLANKS.sub("", target.strip()))


def leaves_pack(target: str) -> bool:
    """Whether a reference reaches beyond the pack: a scheme (other than data:),
    a network path, an absolute path, or a way up out of the folder, also when
    spelt with percent escapes or broken up by tabs and line breaks."""
    lowered = _as_fetched(target).lower()
    if not lowered or lowered.startswith("#"):
        return False
    if lowered.startswith("data:"):
        return not lowered.startswith("data:image/")
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", lowered)) or lowered.startswith(("/", "\\")) \
        or ".." in lowered.replace("\\", "/").split("/")


def _pack_relative(text: str) -> str:
    """The file path a blank-free, in-pack reference names, without query or
    fragment and with percent escapes decoded; empty for the document itself."""
    return unquote(urlsplit(text).path)


def missing_from_pack(target: str, root: Path) -> bool:
    """Whether a relative reference fails to name a regular file inside the pack
    folder once links are followed (a missing file, a folder, a link leading
    out, a hard link in a pack loaded from a folder), or names one whose bytes
    are not the kind its name says: the PDF layout refuses to fetch it, so every
    format refuses it too, rather than one of them quietly drawing the letter
    without it."""
    text = _URL_BLANKS.sub("", target.strip())
    if not text or text.startswith("#"):
        return False
    if text.lower().startswith("data:"):
        return not leaves_pack(text) and too_large(target, root) is not None
    if leaves_pack(text):
        return True
    relative = _pack_relative(text)
    if not relative:
        return False  # only a query or fragment: the document itself
    from .confine import Refused, check_pack_file

    try:
        check_pack_file(root, relative)  # a hard link of a folder-loaded pack is refused too
    except Refused:
        return True
    except (OSError, ValueError, RuntimeError):
        return True
    return wrong_kind(target, root) is not None or too_large(target, root) is not None


def too_large(target: str, root: Path) -> str | None:
    """Why the raster image an in-pack reference or a ``data:`` image names may not
    be laid out: more pixels than a letter could show (:mod:`rejectlet.image_bounds`),
    or, in a ``data:`` URI, bytes of no kind rejectlet embeds (the PDF engine would
    decode a bitmap there). None for anything else, and for a reference that names
    no readable file (other checks say why)."""
    from .confine import Refused, first_bytes_inside
    from .file_kinds import kind_of, markup_like
    from .image_bounds import HEADER_BYTES, oversize

    text = _URL_BLANKS.sub("", target.strip())
    if text.lower().startswith("data:"):
        data = _data_bytes(text)
        if data is None:
            return None
        if kind_of(data) is None and not markup_like(data):  # markup: the SVG scan's
            return "its bytes show no image or font rejectlet knows"
    else:
        relative = _pack_relative(text)
        if not relative or leaves_pack(text):
            return None
        try:
            data = first_bytes_inside(root, relative, HEADER_BYTES)
        except (Refused, OSError, ValueError, RuntimeError):
            return None
    kind = kind_of(data)
    return oversize(kind, data) if kind else None


def wrong_kind(target: str, root: Path) -> str | None:
    """Why the pack file an in-pack reference names may not be embedded because its
    bytes are not the kind its name says (:mod:`rejectlet.file_kinds`), or None
    (also for a reference that names no readable file: other checks say why)."""
    from .confine import Refused, first_bytes_inside
    from .file_kinds import SNIFF_BYTES, mismatch

    text = _URL_BLANKS.sub("", target.strip())
    relative = _pack_relative(text)
    if not relative or leaves_pack(text) or text.lower().startswith("data:"):
        return None
    try:
        head = first_bytes_inside(root, relative, SNIFF_BYTES)
    except (Refused, OSError, ValueError, RuntimeError):
        return None
    return mismatch(relative, head)


def hard_linked_in_pack(target: str, root: Path) -> bool:
    """Whether an in-pack reference names a regular file that has another name (a
    hard link) in a pack that may not hold one (:mod:`rejectlet.pack_trust`)."""
    from .confine import Refusal, Refused, check_pack_file

    text = _URL_BLANKS.sub("", target.strip())
    relative = _pack_relative(text)
    if not relative or leaves_pack(text):
        return False
    try:
        check_pack_file(root, relative)
    except Refused as refused:
        return refused.reason is Refusal.LINKED
    except (OSError, ValueError, RuntimeError):
        return False
    return False


def absent_from_pack(target: str, root: Path) -> bool:
    """Whether a reference that stays inside the pack names nothing at all there (a
    typo, a file not yet copied in), as opposed to a folder or a link leading out:
    the author needs a different fix for each."""
    text = _URL_BLANKS.sub("", target.strip())
    relative = _pack_relative(text)
    if not relative or leaves_pack(text):
        return False
    candidate = root / relative
    try:
        return not candidate.exists() and not candidate.is_symlink()
    except (OSError, ValueError, RuntimeError):
        return False


#: Functions whose argument names an element to count or quote; the PDF engine
#: fails when that argument is an ``attr()``.
_TARGET_FUNCTIONS = frozenset({"target-counter", "target-counters", "target-text"})
_SPAN = re.compile(r"\\[0-9a-fA-F]{1,6}\s?|\\.", re.DOTALL)


def _decoded_with_offsets(css: str) -> tuple[str, list[int]]:
    """CSS as :func:`decode` reads it, and for each of its characters the offset in
    ``css`` it came from, so a finding in the decoded text points at the source."""
    out: list[str] = []
    offsets: list[int] = []
    index = 0
    for start, end in (*comment_spans(css), (len(css), len(css))):
        for match in _SPAN.finditer(css, index, start):
            for offset in range(index, match.start()):
                out.append(css[offset])
                offsets.append(offset)
            out.append(decode(match.group()) or " ")
            offsets.extend([match.start()] * len(out[-1]))
            index = match.end()
        for offset in range(index, start):
            out.append(css[offset])
            offsets.append(offset)
        if start < len(css):
            out.append(" ")
            offsets.append(start)
        index = end
    return "".join(out), offsets


@dataclass(slots=True)
class _Words:
    """What :func:`engine_traps` keeps of the words inside one open function, so
    that its own and its inner functions' text is split into words only once:
    how many words, and whether ``url`` is the first of them or a later one."""

    count: int = 0
    url_first: bool = False
    url_later: bool = False

    def add(self, other: _Words) -> None:
        """Append the words of ``other``, which come after these."""
        self.url_later = self.url_later or other.url_later or (self.count > 0 and other.url_first)
        self.url_first = self.url_first if self.count else other.url_first
        self.count += other.count

    @classmethod
    def of(cls, segment: str) -> _Words:
        words = [word for word in _WORD_BREAKS.split(segment.lower()) if word]
        return cls(len(words), bool(words) and words[0] == "url", "url" in words[1:])


_WORD_BREAKS = re.compile(r"[\s,()]+")


def engine_traps(css: str) -> list[tuple[int, str]]:
    """Where the stylesheet uses an ``attr()`` the PDF engine cannot lay out, as
    (offset in ``css``, what): a typed ``attr(name url)``, which fails on an
    assertion wherever an image is expected, and an ``attr()`` inside
    ``target-counter()``, ``target-counters()`` or ``target-text()``, which fails
    in a page margin. Seen through escapes and comments, in one linear pass:
    each open function keeps a summary of its words rather than being read
    again when it closes, and a count of open target functions stands in for a
    walk down the stack."""
    text, offsets = _decoded_with_offsets(css)
    found: list[tuple[int, str]] = []
    # open functions: (name, offset of the name, the words inside it so far)
    stack: list[tuple[str, int, _Words]] = []
    open_targets = 0
    segment_start = 0  # where the text since the last bracket or comma begins
    index, length, turns = 0, len(text), 0
    while index < length:
        turns += 1
        watch_the_clock(turns)
        char = text[index]
        if char in "\"'":
            end = text.find(char, index + 1)
            index = length if end < 0 else end + 1
            continue
        if char in "(),":
            if stack:
                stack[-1][2].add(_Words.of(text[segment_start:index]))
            segment_start = index + 1
        if char == "(":
            named = _name_before(text, index)
            start = named[1] if named else index
            name = named[0].lower() if named else ""
            if name == "attr" and open_targets:
                found.append((offsets[start], "attr() inside a target function"))
            stack.append((name, start, _Words()))
            open_targets += name in _TARGET_FUNCTIONS
        elif char == ")" and stack:
            function, start, words = stack.pop()
            open_targets -= function in _TARGET_FUNCTIONS
            if function == "attr" and words.url_later:
                found.append((offsets[start], "attr() of type url"))
            if stack:
                stack[-1][2].add(words)
        index += 1
    return found
