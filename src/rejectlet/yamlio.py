"""Safe YAML loading that remembers where every key and value came from.

Positions are what let a rule, deep in validation, say ``reply.yaml:7:3``.
Only YAML's core types are accepted: no Python tags, no anchors or aliases
(the door to "billion laughs"), no duplicate keys (a typo that would silently
win), no base-60 or overlong numbers, and limits on size, depth and the number
of nodes, all reported as :class:`YamlError`. Every limit is counted while
reading, so loading is bounded in any thread, with no timer.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .confine import Refusal, Refused, read_regular
from .diagnostics import Diagnostic, Fix, Location, Severity, display_path
from .errors import YamlError
from .limits import YamlRoom, charge_yaml_nodes, yaml_nodes_left
from .suggest import quoted, shown_name

try:  # the C parser is several times faster and keeps the same positions
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Largest YAML file read, in bytes; letters and packs are far smaller.
MAX_YAML_BYTES = 1_000_000
#: Deepest nesting of mappings and lists accepted.
MAX_DEPTH = 32
#: Most YAML nodes (values, keys, lists and mappings) in one file: building each
#: costs time, so this bounds loading even for a file under the byte limit.
MAX_YAML_NODES = 100_000
#: Longest number accepted, in characters: no letter needs more, and Python's
#: conversions of long numbers are slow or refused.
MAX_NUMBER_CHARS = 64

_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass(frozen=True, slots=True)
class ScalarSpan:
    """Where a scalar's text starts, and in which YAML style it was written.

    The style matters for templates: in a block scalar (``|`` or ``>``) line N
    of the template is line N after the indicator; in a flow scalar it is the
    same line as the key.
    """

    location: Location
    style: str | None = None
    #: The text as written, for a plain scalar YAML read as something other than
    #: text (``010`` is 8, ``1.50`` is 1.5, ``yes`` is True): a text value keeps it.
    written: str | None = None

    def template_line(self, template_lineno: int) -> Location:
        """Map a line inside a template back to the line in the YAML file."""
        loc = self.location
        if self.style in ("|", ">"):
            return Location(loc.path, loc.line + template_lineno, 0)
        return Location(loc.path, loc.line + template_lineno - 1,
                        loc.column if template_lineno == 1 else 0)


def word_location(at: Location, word: str) -> Location:
    """``at`` (a line of a file) with the column where ``word`` first stands as a whole
    word on that line, from ``at``'s own column on, preferring a place inside a
    ``{{ }}`` or ``{% %}`` tag; ``at`` itself when the file or word cannot be found.
    Used to point inside a block scalar, whose indentation is not part of the value."""
    if at.line <= 0 or not word:
        return at
    from .source_text import source_line

    text = source_line(at.path, at.line)  # through the file door: no FIFO, no device
    if text is not None:
        pattern = re.compile(rf"(?<![\w.]){re.escape(word)}(?!\w)")
        found = list(pattern.finditer(text, max(at.column - 1, 0)))
        if not found:
            return at
        best = next((m for m in found if _inside_tag(text[:m.start()])), found[0])
        return replace(at, column=best.start() + 1)
    return at


def _inside_tag(before: str) -> bool:
    opened = before.count("{{") + before.count("{%")
    return opened > before.count("}}") + before.count("%}")


class LocatedMap(dict[str, Any]):
    """A mapping from YAML that knows where it and each of its keys and values are."""

    location: Location
    key_locations: dict[str, Location]
    value_spans: dict[str, ScalarSpan]

    def key_location(self, key: str) -> Location:
        return self.key_locations.get(key, self.location)

    def value_location(self, key: str) -> Location:
        span = self.value_spans.get(key)
        return span.location if span is not None else self.key_location(key)

    def written(self, key: str) -> str | None:
        """The value's text as written, when YAML read it as a number, yes/no or date."""
        span = self.value_spans.get(key)
        return span.written if span is not None else None


class LocatedList(list[Any]):
    """A sequence from YAML that knows where it and each of its items are."""

    location: Location
    item_spans: list[ScalarSpan]

    def item_location(self, index: int) -> Location:
        if 0 <= index < len(self.item_spans):
            return self.item_spans[index].location
        return self.location

    def written(self, index: int) -> str | None:
        """The item's text as written, when YAML read it as a number, yes/no or date."""
        if 0 <= index < len(self.item_spans):
            return self.item_spans[index].written
        return None


def load_yaml_file(path: str | Path, *, items_alone: bool = False) -> Any:
    """Read and parse one YAML file safely, keeping positions. With ``items_alone``
    (a batch table), an item of a top-level list whose value cannot be built is
    an :class:`UnbuiltItem` holding its problems, and the other items are read."""
    p = Path(path)
    shown = display_path(p)
    try:
        raw = read_regular(p, MAX_YAML_BYTES)
    except Refused as refused:
        if refused.reason is Refusal.MISSING:
            raise YamlError(f"no such file: {shown}", Location(shown), code="RJ102",
                            hint="check the path") from None
        if refused.reason is Refusal.TOO_BIG:
            size = f"{int(refused.detail):,} bytes" if refused.detail else "larger than that"
            raise YamlError(
                f"file is {size}; the limit is {MAX_YAML_BYTES:,}",
                Location(shown), hint="letters and packs are small; is this the right file?") \
                from None
        if refused.reason is Refusal.NOT_FILE:
            if p.is_dir():
                raise YamlError(f"{shown} is a folder, not a YAML file", Location(shown),
                                code="RJ102") from None
            raise YamlError(f"{shown} is not a regular file (a device, FIFO or socket)",
                            Location(shown), code="RJ102",
                            hint="name a YAML file saved on disk") from None
        raise YamlError(f"cannot read {shown}: {refused.detail}", Location(shown),
                        code="RJ102") from None
    return load_yaml_bytes(raw, shown, items_alone=items_alone)


def load_yaml_bytes(raw: bytes, shown: str, *, items_alone: bool = False) -> Any:
    """Parse YAML read by the caller (who decided where it may come from)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlError(f"file is not UTF-8 text (byte {exc.start})",
                        Location(shown, line, column), hint="save the file as UTF-8") from None
    return load_yaml_text(text, shown, items_alone=items_alone)


def load_yaml_text(text: str, path: str = "<string>", *, items_alone: bool = False) -> Any:
    """Parse YAML text safely, keeping positions; ``path`` names it in messages."""
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(f"YAML text is {len(text):,} characters; the limit is "
                        f"{MAX_YAML_BYTES:,}", Location(path))
    _check_depth(text, path)
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            raise _syntax_error(exc, path, text) from None
        except yaml.reader.ReaderError as exc:
            raise _character_error(exc, text, path) from None
        except yaml.YAMLError as exc:
            raise YamlError(f"YAML error: {exc}", Location(path)) from None
        if root is None:
            return None
        builder = _Builder(path, loader)
        if items_alone and isinstance(root, yaml.SequenceNode):
            return builder.build_items_alone(root)
        return builder.build(root, 0)
    finally:
        loader.dispose()


def _check_depth(text: str, path: str) -> None:
    """Refuse deep nesting and too many nodes from the event stream, before any tree
    is built: building tens of thousands of levels would exhaust the stack."""
    try:
        problem = _limits_problem(text, path, _Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        if mark is not None and mark.index > MAX_DEPTH:
            # some builds of the C scanner read far ahead and stop at a nesting limit
            # of their own; read the text up to that point again, event by event, so
            # deep nesting gets the same answer from every build
            try:
                problem = _limits_problem(text[:mark.index], path, yaml.SafeLoader,
                                          metered=False)
            except yaml.YAMLError:
                problem = None
            if problem is not None:
                raise problem from None
        raise _syntax_error(exc, path, text) from None
    except yaml.reader.ReaderError as exc:
        raise _character_error(exc, text, path) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML error: {exc}", Location(path)) from None
    if problem is not None:
        raise problem


def _limits_problem(text: str, path: str, loader: Any, *,
                    metered: bool = True) -> YamlError | None:
    """The first limit the event stream passes (depth, node count, what is left of the
    run's YAML budget), or None. The nodes read count against the run (when
    ``metered``), so a run that reads many files is bounded as a whole."""
    depth = 0
    nodes = 0
    run_left = yaml_nodes_left() if metered else None
    limit = MAX_YAML_NODES if run_left is None else min(MAX_YAML_NODES, run_left.left)
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > limit:
                    return _too_many_nodes(path, event, run_left)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH + 1:
                    return YamlError(f"nesting deeper than {MAX_DEPTH} levels",
                                     _mark_location(path, event), hint="flatten the structure")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        if metered:
            charge_yaml_nodes(nodes)
    return None


def _too_many_nodes(path: str, event: Any, run_left: YamlRoom | None) -> YamlError:
    if run_left is not None and run_left.left < MAX_YAML_NODES:
        # the run that ran out may be an outer one, with a limit of its own
        return YamlError(f"this run has read {run_left.limit:,} YAML values, "
                         "keys, lists and mappings in all, its limit", _mark_location(path, event),
                         hint="check fewer or smaller files at once; a pack's samples and the "
                              "files they include are small")
    return YamlError(f"more than {MAX_YAML_NODES:,} values, keys, lists and "
                     f"mappings", _mark_location(path, event),
                     hint="split the file; a letter, a pack or a table of a "
                          "few thousand rows is far smaller")


def _mark_location(path: str, event: Any) -> Location:
    mark = event.start_mark
    return Location(path, mark.line + 1, mark.column + 1) if mark is not None else Location(path)


def _character_error(exc: yaml.reader.ReaderError, text: str, path: str) -> YamlError:
    """A character YAML does not allow (a NUL, another control character), at its line
    and column: the reader itself only knows how many characters it had read."""
    position = exc.position if isinstance(exc.position, int) else 0
    position = max(0, min(position, len(text)))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    character = exc.character
    code_point = character if isinstance(character, int) else \
        ord(character) if isinstance(character, str) and len(character) == 1 else None
    what = f"U+{code_point:04X}" if code_point is not None else "a character"
    return YamlError([Diagnostic(
        "RJ100", Severity.ERROR, f"the character {what} is not allowed in a YAML file",
        Location(path, line, column),
        "remove it; YAML files may not hold control characters or non-characters")])


def _syntax_error(exc: yaml.MarkedYAMLError, path: str, text: str) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    if mark is not None:
        tab = _indenting_tab(text, mark.line)
        if tab is not None:
            return tab_error(path, *tab)
    loc = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
    problem = exc.problem or "invalid YAML"
    context = f" {exc.context}" if exc.context else ""
    return YamlError(f"YAML syntax error: {problem}{context}", loc,
                     hint="check indentation, colons and quotes on this line or the one above")


def _indenting_tab(text: str, line_index: int) -> tuple[int, int] | None:
    """The 1-based line and column of a tab in the indentation of the line a parse
    error stopped at (or the line above it, where the scanner may have stopped
    reading), or None. A tab anywhere in indentation is not YAML; the parser's
    own words for it rarely say "tab"."""
    lines = text.split("\n")
    for index in (line_index, line_index - 1):
        if not 0 <= index < len(lines):
            continue
        line = lines[index]
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            return index + 1, indent.index("\t") + 1
    return None


def tab_error(path: str, line: int, column: int) -> YamlError:
    """A tab where YAML needs spaces, called a tab, with the edit that fixes it."""
    return YamlError([Diagnostic(
        "RJ100", Severity.ERROR,
        "YAML syntax error: a tab character indents this line; YAML indents with spaces only",
        Location(path, line, column),
        "replace the tab with spaces, as many as the lines around it use; most editors "
        "can insert spaces when Tab is pressed",
        fix=Fix("\t", "  ", "indent with spaces instead of a tab"))])


class UnbuiltItem:
    """An item of a top-level list (a batch row) whose value YAML cannot build — a
    time of hour 25, a list used as a key — with the problems that say where, so
    that row fails alone and the others are read."""

    __slots__ = ("diagnostics",)

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        self.diagnostics = diagnostics


class _Builder:
    """Turns composed YAML nodes into located Python values, checking safety rules."""

    def __init__(self, path: str, loader: Any) -> None:
        self.path = path
        self.constructor = yaml.constructor.SafeConstructor()
        self.problems: list[Diagnostic] = []
        self.seen: set[int] = set()

    def loc(self, node: yaml.Node) -> Location:
        return Location(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def fail(self, node: yaml.Node, message: str, hint: str = "") -> YamlError:
        return YamlError([Diagnostic("RJ100", Severity.ERROR, message, self.loc(node), hint)])

    def build(self, node: yaml.Node, depth: int) -> Any:
        if id(node) in self.seen:
            raise self.fail(node, "anchors and aliases (& and *) are not allowed",
                            "write the value out in full")
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise self.fail(node, f"nesting deeper than {MAX_DEPTH} levels",
                            "flatten the structure")
        if node.tag not in _CORE_TAGS:
            raise self.fail(node, f"the tag {quoted(node.tag)} is not allowed",
                            "use plain strings, numbers, booleans, lists and mappings")
        if isinstance(node, yaml.MappingNode):
            return self.build_map(node, depth)
        if isinstance(node, yaml.SequenceNode):
            result = LocatedList(self.build(item, depth + 1) for item in node.value)
            result.location = self.loc(node)
            result.item_spans = [ScalarSpan(self.loc(item), _style(item), _written(item, value))
                                 for item, value in zip(node.value, result, strict=True)]
            return result
        return self.scalar(node)

    def build_items_alone(self, node: yaml.SequenceNode) -> LocatedList:
        """A top-level list, each item built by itself: an item that cannot be built
        becomes an :class:`UnbuiltItem` instead of stopping the whole file."""
        items: list[Any] = []
        for item in node.value:
            try:
                items.append(self.build(item, 1))
            except YamlError as error:
                items.append(UnbuiltItem(tuple(error.diagnostics)))
        result = LocatedList(items)
        result.location = self.loc(node)
        result.item_spans = [ScalarSpan(self.loc(item), _style(item),
                                        None if isinstance(value, UnbuiltItem)
                                        else _written(item, value))
                             for item, value in zip(node.value, result, strict=True)]
        return result

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag in _NUMBER_TAGS and isinstance(node.value, str):
            self.check_number(node)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            # the library's own wording names its internals, not the user's text:
            # say which value, read as what, and how to write it instead
            raise self.fail(node, *_unreadable(node)) from None
        except Exception:  # a core tag forced onto text it cannot read
            # (!!bool maybe, !!timestamp abc, !!int ''): PyYAML's constructors fail
            # with a KeyError, AttributeError or IndexError there, not a YAML error
            kind = str(node.tag).rpartition(":")[2]
            raise self.fail(node, f"cannot read {quoted(str(node.value)[:40])} as a {kind}",
                            f"remove the !!{kind} tag, or write a valid {kind}") from None
        if isinstance(value, _dt.datetime):
            return value
        return value

    def check_number(self, node: yaml.Node) -> None:
        """Refuse numbers whose conversion costs more than their size: base-60
        (``1:30:00``, which YAML 1.1 reads as 5400, in time that grows with the
        square of its length) and numbers longer than any letter needs, which
        Python converts slowly or refuses with its own error."""
        text = str(node.value)
        if ":" in text:
            raise YamlError([Diagnostic(
                "RJ106", Severity.ERROR,
                "a base-60 number (digits separated by ':', such as 1:30) is not read",
                self.loc(node), "put it in quotes if it is text, such as a time: '10:30'")])
        if len(text) > MAX_NUMBER_CHARS:
            raise YamlError([Diagnostic(
                "RJ106", Severity.ERROR,
                f"a number {len(text):,} characters long; the limit is {MAX_NUMBER_CHARS}",
                self.loc(node), "put it in quotes if it is text")])

    def build_map(self, node: yaml.MappingNode, depth: int) -> LocatedMap:
        result = LocatedMap()
        result.location = self.loc(node)
        result.key_locations = {}
        result.value_spans = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.fail(key_node, "merge keys (<<) are not allowed",
                                "write the keys out in full")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "a key must be a plain word, not a list or mapping")
            key = self.scalar(key_node)
            if key is None or isinstance(key, bool):
                key = str(key_node.value)
            key = str(key)
            if key in result:
                first = result.key_locations[key]
                raise self.fail(key_node,
                                f"duplicate key {shown_name(key)} (first at line {first.line})",
                                "keep one of them")
            result.key_locations[key] = self.loc(key_node)
            result[key] = self.build(value_node, depth + 1)
            result.value_spans[key] = ScalarSpan(self.loc(value_node), _style(value_node),
                                                 _written(value_node, result[key]))
        return result


def _written(node: yaml.Node, value: Any) -> str | None:
    """A plain scalar's own text, when YAML read it as anything but text or nothing."""
    if not isinstance(node, yaml.ScalarNode) or node.style or isinstance(value, str) \
            or value is None or not isinstance(node.value, str):
        return None
    return node.value


def _style(node: yaml.Node) -> str | None:
    return getattr(node, "style", None) if isinstance(node, yaml.ScalarNode) else None


def _unreadable(node: yaml.Node) -> tuple[str, str]:
    """Message and hint for a scalar whose tag (written or implied) cannot read it:
    a date with no such day, a number out of range, a forced tag on wrong text."""
    kind = str(node.tag).rpartition(":")[2]
    shown = repr(str(node.value)[:40])
    if kind == "timestamp":
        return (f"{shown} looks like a date but is not a real one",
                "write a real date as YYYY-MM-DD, or put the value in quotes to keep it "
                "as text")
    return (f"cannot read {shown} as a {kind}",
            f"write a valid {kind}, or remove the !!{kind} tag and put the value in quotes "
            "to keep it as text")
