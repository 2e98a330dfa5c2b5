"""Letter data: reading it from YAML or a dict and checking it against a pack.

Values keep the file:line:col they were written at, so a rule that objects to
a company name points at that line of the data file.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeGuard

from .addresses import is_email_address
from .arguments import path_argument
from .checks import Problems, describe
from .controls import ACTING_CHARACTERS
from .diagnostics import Location, display_path
from .errors import DataError, RejectletError
from .model import Pack, Variable
from .pathdoor import path_errors, quietly_resolved, refused_as
from .spelled_twice import refuse_spelled_twice
from .suggest import did_you_mean, quoted, shown_name
from .type_reading import kind_name, type_is
from .yamlio import LocatedList, LocatedMap, load_yaml_file

META_KEYS = ("pack", "letter", "include")
MAX_INCLUDE_DEPTH = 4
#: Files one data file may pull in through include:, counted over the whole tree,
#: so a few lines that each include many files cannot multiply the reading.
MAX_INCLUDED_FILES = 16
#: YAML nodes (values, keys, lists, mappings) a data file and everything it
#: includes may hold in all, read in any thread, inside a budget() block or not.
MAX_DATA_TREE_NODES = 200_000
MAX_STRING_CHARS = 20_000
#: Most characters of a mistyped date quoted in its message.
MAX_DATE_SHOWN = 60
#: Values (keys, once groups such as ``sender.name`` are flattened) one letter's data,
#: or one batch row with its profile, may give; a letter uses a few dozen.
MAX_DATA_VALUES = 1_000
#: Unknown keys reported one by one, each with a 'did you mean' hint; the rest are
#: counted in one more finding, so a file of unknown keys costs no more than this.
MAX_UNKNOWN_REPORTED = 20
#: The kind of finding counted against MAX_UNKNOWN_REPORTED.
UNKNOWN_NAMES = "unknown names"
MAX_LIST_ITEMS = 200


@dataclass(frozen=True, slots=True)
class LetterData:
    """Checked values by dotted name, where each was given, and the letter's meta keys."""

    values: dict[str, Any]
    locations: dict[str, Location]
    source: Location | None
    pack: str | None = None
    letter: str | None = None
    pack_location: Location | None = None

    def nested(self) -> dict[str, Any]:
        """The values as nested dicts, the shape templates see (``sender.name``)."""
        result: dict[str, Any] = {}
        for name, value in self.values.items():
            target = result
            *groups, leaf = name.split(".")
            for group in groups:
                target = target.setdefault(group, {})
            target[leaf] = value
        return result


def read_data_file(path: str | Path, _chain: tuple[Path, ...] = (),
                   _read: list[Path] | None = None, *,
                   within: Path | None = None) -> LocatedMap:
    """Read a letter data file: a YAML mapping of meta keys and values.

    ``include: profile.yaml`` (a path relative to the file) pulls in shared
    values, such as the sender's name and address; the including file's own
    values win. With ``within`` (a pack's folder, for its samples) the file and
    everything it includes must be regular files inside that folder.

    The file and everything it includes are read as one run of at most
    :data:`MAX_DATA_TREE_NODES` YAML nodes (less when an enclosing
    :func:`~rejectlet.budget` block has less left), and a file included more
    than once is read once.
    """
    if _read is not None:
        return _read_tree(path, _chain, _read, within, {})
    from dataclasses import replace

    from .limits import budget, current_limits

    # a run of its own, inside any the caller opened: the tightest of them bounds it
    with budget(replace(current_limits(), run_yaml_nodes=MAX_DATA_TREE_NODES)):
        return _read_tree(path, _chain, [], within, {})


def _read_tree(path: str | Path, _chain: tuple[Path, ...], read: list[Path],
               within: Path | None, parsed: dict[Path, LocatedMap]) -> LocatedMap:
    """One file of a data file's tree, and what it includes (see :func:`read_data_file`);
    ``parsed`` holds each file of the tree already read, by its resolved path."""
    path = path_argument(path, "read_data_file(path)")
    shown = display_path(path)
    if within is not None:
        from .pack.files import load_yaml_inside

        # a relative path names a file from the working directory, as everywhere
        # else; only the folder it must lie in is ``within``
        raw = load_yaml_inside(within, Path(path).absolute(), shown)
    else:
        raw = load_yaml_file(path)
    if not isinstance(raw, LocatedMap):
        raise DataError(f"{shown} should be a mapping of names to values, not {describe(raw)}",
                        Location(shown, 1, 1), code="RJ201",
                        hint="start with lines such as 'pack: classic' and 'letter: reply'")
    refuse_spelled_twice(raw)
    if "include" not in raw:
        return raw
    included = raw["include"]
    names = included if isinstance(included, list) else [included]
    merged: LocatedMap | None = None
    for index, name in enumerate(names):
        where = (raw["include"].item_location(index) if isinstance(raw["include"], LocatedList)
                 else raw.value_location("include"))
        if not isinstance(name, str) or not name.strip():
            raise DataError("include: names a YAML file, such as profile.yaml", where,
                            code="RJ210")
        if "\0" in name:  # no file can have it, and the system refuses to look
            raise DataError("include: names a file with a NUL character, which no file "
                            "name can hold", where, code="RJ210",
                            hint="include a YAML file by its real name")
        named = shown_name(name)
        with path_errors(_include_refused(name, where)):
            target = (Path(path).parent / name).resolve()
            here = Path(path).resolve()
            if target in _chain or len(_chain) >= MAX_INCLUDE_DEPTH:
                raise DataError(f"include: {named} includes itself or nests too deep", where,
                                code="RJ210", hint="remove the circular include")
            if within is not None and not target.is_relative_to(within.resolve()):
                raise DataError(f"include: {named} lies outside the pack folder", where,
                                code="RJ115", hint="a pack's samples may only include its "
                                                   "own files")
            if target.exists() and not target.is_file():
                # a folder, FIFO, device or socket: the one code for "not a regular file"
                raise DataError(f"include: {named} is not a regular file (a folder, device, "
                                "FIFO or socket)", where, code="RJ102",
                                hint="include a YAML file saved on disk")
            if not target.is_file():
                raise DataError(f"include: no file {named}", where, code="RJ210",
                                hint="the path is relative to the file that includes it")
        read.append(target)
        if len(read) > MAX_INCLUDED_FILES:
            raise DataError(f"include: more than {MAX_INCLUDED_FILES} files in all", where,
                            code="RJ210", hint="include one shared profile, not many")
        if target not in parsed:  # a file named twice in the tree is read once
            parsed[target] = _read_tree(target, (*_chain, here), read, within, parsed)
        part = parsed[target]
        merged = part if merged is None else merge_maps(merged, part)
    own = LocatedMap((k, v) for k, v in raw.items() if k != "include")
    own.location, own.key_locations, own.value_spans = raw.location, dict(raw.key_locations), \
        dict(raw.value_spans)
    return merge_maps(merged, own) if merged is not None else own


def _include_refused(name: str, where: Location) -> Callable[[str], DataError]:
    """The error for an ``include:`` the file system refuses, at the include's line."""
    return refused_as(f"include: {quoted(name[:200])} cannot be read", where, code="RJ210",
                      hint="include a YAML file by a short, plain path")


def data_files(path: str | Path) -> list[Path]:
    """The data file and every file it pulls in through ``include:``, resolved: all
    are inputs, which no output may overwrite."""
    found: list[Path] = []
    first = quietly_resolved(path)
    pending = [(Path(first), 0)] if first is not None else []
    while pending:
        current, depth = pending.pop()
        if current in found:
            continue
        found.append(current)
        if depth >= MAX_INCLUDE_DEPTH:
            continue
        try:
            raw = load_yaml_file(current)
        except RejectletError:
            continue
        included = raw.get("include") if isinstance(raw, LocatedMap) else None
        for name in included if isinstance(included, list) else [included]:
            found_at = quietly_resolved(current.parent / name) \
                if isinstance(name, str) and name.strip() else None
            if found_at is not None:  # a name the system refuses was refused when read
                pending.append((Path(found_at), depth + 1))
    return found


def merge_maps(base: LocatedMap, top: LocatedMap) -> LocatedMap:
    """Deep-merge two located mappings; ``top`` wins, and positions follow the winner."""
    result = LocatedMap(base)
    result.location = top.location
    result.key_locations = {**base.key_locations, **top.key_locations}
    result.value_spans = {**base.value_spans, **top.value_spans}
    for key, value in top.items():
        if key not in top.value_spans:  # the winner's place, not the one it replaced
            result.value_spans.pop(key, None)
        if isinstance(value, LocatedMap) and isinstance(result.get(key), LocatedMap):
            result[key] = merge_maps(result[key], value)
            result.key_locations[key] = top.key_locations.get(
                key, base.key_locations.get(key, top.location))
        else:
            result[key] = value
    return result


def check_data(pack: Pack, raw: Mapping[str, Any], source: Location | None = None,
               letter: str | None = None) -> LetterData:
    """Check raw values against the pack's variables; fill defaults; raise on problems.

    With ``letter``, a required variable is required only if that letter kind's
    templates use it, so a check-in does not ask for the reply's re-sell.
    """
    kind = pack.letters.get(letter) if letter is not None else None
    problems = Problems("RJ200")
    values: dict[str, Any] = {}
    locations: dict[str, Location] = {}
    given: dict[str, tuple[Any, Location | None]] = {}
    _flatten(raw, "", source, given, problems, pack)
    if len(given) > MAX_DATA_VALUES:
        past = next(itertools.islice(given, MAX_DATA_VALUES, None))
        raise DataError(f"the data gives {len(given):,} values; the limit is "
                        f"{MAX_DATA_VALUES:,}", given[past][1] or _keyed(source, past),
                        code="RJ205", hint="a letter needs a few dozen values; is this "
                        "the right file or table?")
    meta = {key: given.pop(key)[0] for key in META_KEYS if key in given}
    unknown = [key for key in given if key not in pack.variables]
    for number, key in enumerate(unknown):
        value, loc = given.pop(key)
        if number == MAX_UNKNOWN_REPORTED:
            problems.add(f"{len(unknown) - number:,} more unknown values, from "
                         f"{shown_name(key)} on",
                         loc, "see `rejectlet packs show` for the names", code="RJ202")
        if number >= MAX_UNKNOWN_REPORTED:
            continue
        hint = did_you_mean(key, pack.variables) or "see `rejectlet packs show` for the names"
        problems.add(f"unknown value {shown_name(key)}; pack {quoted(pack.name)} has no such "
                     "variable", loc, hint, code="RJ202")
    # the fields of records entries share this count: one letter's unknown names are
    # reported one by one only so far, wherever they are written
    problems.tally(UNKNOWN_NAMES, len(unknown))
    for name, variable in pack.variables.items():
        if name in given:
            value, loc = given[name]
            if loc is not None:
                locations[name] = loc
            values[name] = _check_value(variable, value, loc, problems)
        elif variable.required and (kind is None or kind.needs(name)):
            problems.add(f"missing required value {shown_name(name)}",
                         _keyed(_group_location(raw, name, source), name),
                         variable.help or f"add '{name}' to the letter data", code="RJ201")
        else:
            values[name] = _default(variable)
    for key in META_KEYS:
        if key in meta and not isinstance(meta[key], str):
            problems.add(f"{shown_name(key)} should be a name, not {describe(meta[key])}",
                         _keyed(source, key), code="RJ203")
    if problems:
        raise DataError(problems.items)
    pack_name = meta.get("pack")
    letter_name = meta.get("letter")
    pack_location = raw.value_location("pack") if isinstance(raw, LocatedMap) \
        and "pack" in raw else source
    return LetterData(values, locations, source,
                      pack_name if isinstance(pack_name, str) else None,
                      letter_name if isinstance(letter_name, str) else None, pack_location)


def key_name(key: Any) -> str:
    """A data key as text, read through its base type as values are: a subclass
    whose ``__str__`` raises cannot break the check, and a key holding a lone
    surrogate, a control character or a bidi override is shown escaped, so a
    diagnostic naming it can always be printed and never acts on a terminal."""
    key = read_by_type(key, "")  # judged by its type alone: the key's own code never runs
    if isinstance(key, str):
        name = str.__str__(key)
    elif isinstance(key, bool) or not isinstance(key, _TEXT_LIKE):
        return f"<{_kind_of(key)}>"
    else:
        try:
            name = _as_plain_text(key)
        except ValueError:
            return "<a number too long to write out>"
    if invalid_unicode_at(name) is not None:
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    # a control character or bidi override in a key is written as its escape, so
    # a report that names the key (text, JSON, SARIF) never carries it raw
    return ACTING_CHARACTERS.sub(
        lambda found: found.group().encode("unicode_escape").decode("ascii"), name)


def is_mapping(value: Any) -> TypeGuard[Mapping[Any, Any]]:
    """Whether a value is a mapping, judged by its type alone: ``isinstance`` with an
    abstract class asks the value for its ``__class__``, which runs the value's own
    ``__getattribute__`` — code a host program wrote, which may raise."""
    return type_is(type(value), Mapping)


def bounded_items(mapping: Mapping[Any, Any], path: str = "") -> list[tuple[str, Any]]:
    """A mapping's entries, named by :func:`key_name`, and never more than one past
    the data limit: a mapping a program passes may yield keys without end, and the
    limit must be found before the whole of it is read.

    A dict (or subclass) is read through ``dict`` itself, as lists are read through
    ``list``; any other mapping runs the program's own methods, so whatever they
    raise is reported as unreadable data at ``path`` instead of escaping as a
    bare exception from inside the library."""
    try:
        entries = dict.items(mapping) if isinstance(mapping, dict) else mapping.items()
        pairs = list(itertools.islice(entries, MAX_DATA_VALUES + 1))
    except Exception as error:  # the host program's own code failed, not ours
        where = f" at {path}" if path else ""
        raise DataError(
            f"the letter data{where} could not be read: its {kind_name(type(mapping))} "
            f"raised {type(error).__name__} while its entries were listed",
            Location("<data>", key=path), code="RJ201",
            hint="pass plain dicts, lists, strings, numbers and dates") from None
    return [(key_name(key), value) for key, value in pairs]


def list_items(value: list[Any], limit: int) -> list[Any]:
    """A list's items as it holds them, never more than one past ``limit``: read
    through the base type, so a subclass whose ``__iter__`` never ends or whose
    ``__len__`` lies is read as what it stores."""
    return list(itertools.islice(list.__iter__(value), limit + 1))


def group_paths(pack: Pack) -> frozenset[str]:
    """Every group a pack's variables are written under (``sender`` for
    ``sender.name``, and each level of a deeper name): the only mappings in letter
    data that are read inside. Anything deeper is one value, judged whole, so data
    nested without end, or holding itself, is never walked by recursion.

    Asked several times for every letter; the answer depends on the variables'
    names alone, so it is remembered for the last few sets of names."""
    return _group_paths(tuple(pack.variables))


@functools.lru_cache(maxsize=16)
def _group_paths(names: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for name in names:
        parts = name.split(".")[:-1]
        found.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    return frozenset(found)


def first_past_limit(pack: Pack, raw: Mapping[str, Any],
                     source: Location | None) -> tuple[int, Location] | None:
    """How many values ``raw`` gives (counted up to one past the limit, as
    :func:`check_data` counts them: groups such as ``sender`` flattened), and
    where the first past :data:`MAX_DATA_VALUES` was given; None within it."""
    given: dict[str, tuple[Any, Location | None]] = {}
    _flatten(raw, "", source, given, Problems("RJ200"), pack)
    if len(given) <= MAX_DATA_VALUES:
        return None
    past = next(itertools.islice(given, MAX_DATA_VALUES, None))
    return len(given), given[past][1] or _keyed(source, past)


def _flatten(raw: Mapping[str, Any], prefix: str, fallback: Location | None,
             out: dict[str, tuple[Any, Location | None]], problems: Problems, pack: Pack) -> None:
    groups = group_paths(pack)
    for key, value in bounded_items(raw, prefix.rstrip(".")):
        if len(out) > MAX_DATA_VALUES:
            return  # the caller reports the limit
        dotted = f"{prefix}{key}"
        loc = _keyed(raw.value_location(key) if isinstance(raw, LocatedMap) else fallback,
                     dotted)
        if is_mapping(value) and dotted in groups:
            _flatten(value, dotted + ".", loc, out, problems, pack)
        else:
            variable = pack.variables.get(dotted)
            if variable is not None and variable.type in TEXT_TYPES:
                value = as_written(raw, key, value)
            out[dotted] = (value, loc)


#: The variable types whose value is text, printed exactly as written.
TEXT_TYPES = ("string", "text", "email")


def as_written(holder: Any, key: Any, value: Any) -> Any:
    """``value`` as written in its YAML file, when it is text YAML would read as a
    number, a yes/no or a date (``007``, ``0x1F``, ``1.50``, ``no``, ``2026-1-5``):
    a text value is printed as written, never as what YAML made of it."""
    if isinstance(holder, LocatedMap | LocatedList):
        written = holder.written(key)
        if written is not None:
            return written
    return value


def _group_location(raw: Mapping[str, Any], name: str,
                    fallback: Location | None) -> Location | None:
    """Point a missing value at the deepest group that exists (``sender:``), else the file."""
    node: Any = raw
    location = getattr(raw, "location", None) or fallback
    for part in name.split(".")[:-1]:
        if isinstance(node, LocatedMap) and part in node:
            location = node.key_location(part)
            node = node[part]
        else:
            break
    return location


def _default(variable: Variable) -> Any:
    if variable.default is not None:
        if variable.type == "date" and variable.default == "today":
            return dt.date.today()
        return list(variable.default) if isinstance(variable.default, list) else variable.default
    return {"list": [], "bool": False, "integer": None, "date": None}.get(variable.type, "")


def _keyed(location: Location | None, key: str) -> Location:
    """The location of a data value, naming its key path (``panel[2].note``); a key
    path longer than any name is cut, so a location is never a copy of a huge key."""
    if len(key) > MAX_KEY_SHOWN:
        key = key[:MAX_KEY_SHOWN] + "…"
    return location.with_key(key) if location is not None else Location.of_key(key)


#: Longest key path a location names in full.
MAX_KEY_SHOWN = 200


#: Values that stand for text as they are: numbers print as written, dates as ISO.
_TEXT_LIKE = (str, int, float, Decimal, dt.date)


def _text(label: str, value: Any, loc: Location | None, problems: Problems) -> str | None:
    """A value as text, or None after reporting why it cannot be text.

    Only strings, numbers and dates are text. Anything else (bytes, a function,
    an object) would reach the letter as its Python repr, ``b'Acme'``, so it is
    refused, and so is a string holding a lone surrogate, which no file format
    can encode: better a located error now than a crash in the email or PDF
    renderer later.
    """
    if isinstance(value, bool) or not isinstance(value, _TEXT_LIKE):
        hint = ("decode the bytes to a str first" if isinstance(value, bytes | bytearray)
                else "pass a string")
        problems.add(f"{label} should be text, not {_kind_of(value)}", loc, hint, code="RJ204")
        return None
    try:
        text = _as_plain_text(value)
    except ValueError:  # an integer of more digits than Python will write out
        problems.add(f"{label} is a number too long to write out", loc,
                     "pass the text the letter should show", code="RJ205")
        return None
    bad = invalid_unicode_at(text)
    if bad is not None:
        problems.add(f"{label} holds a character that is not valid Unicode "
                     f"({quoted(text[bad])} at position {bad + 1})", loc,
                     "a lone surrogate usually means text was decoded with the wrong "
                     "codec or with errors='surrogateescape'; decode it as UTF-8",
                     code="RJ204")
        return None
    text = text.replace("\r\n", "\n")  # a line break as Windows and web forms write it
    acting = ACTING_CHARACTERS.search(text)
    if acting is not None:
        char = acting.group()
        what = ("a bidirectional control" if char > "\x9f" else "a control character")
        problems.add(f"{label} holds {what}, U+{ord(char):04X}, at position "
                     f"{acting.start() + 1:,}", loc,
                     "remove it: a value is plain text, with tabs and line breaks at "
                     "most; in YAML, an escape such as \\e or \\x07 writes one",
                     code="RJ215")
        return None
    invisible = _format_characters(text)
    if invisible > MAX_FORMAT_CHARS:
        problems.add(f"{label} holds more than {MAX_FORMAT_CHARS} invisible format "
                     "characters (zero-width spaces and joiners, soft hyphens, word "
                     "joiners), the limit", loc,
                     "remove them: a value is text a reader sees, and each one is work "
                     "for the page layout", code="RJ205")
        return None
    marks = _stacked_marks(text)
    if marks is not None:
        start, count = marks
        problems.add(f"{label} stacks {count:,} combining marks on one character, at "
                     f"position {start + 1:,}; the limit is {MAX_STACKED_MARKS}", loc,
                     "no written language stacks more than a few accents on one letter; "
                     "remove the extra marks", code="RJ205")
        return None
    return text


#: Most format characters (Unicode category Cf: zero-width space, joiners, word
#: joiner, soft hyphen, ...) one value may hold. They draw nothing, but each is
#: work for the page layout: 10,000 characters of letters each followed by a
#: zero-width space took over a second of PDF layout in the caller's process.
#: Text a person writes has a few (an emoji sequence's joiners, a soft hyphen).
MAX_FORMAT_CHARS = 200

#: Characters that may be format characters: the few below U+0300 and the blocks
#: holding the rest (astral ones, emoji included, are judged one by one).
_FORMAT_POSSIBLE = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
                              "\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
                              "\ufeff\ufff9-\ufffb\U00010000-\U0010ffff]")


def _format_characters(text: str) -> int:
    """How many format characters (category Cf) ``text`` holds; counting stops one
    past :data:`MAX_FORMAT_CHARS`, so a value of only such characters costs no
    more than the bound."""
    if text.isascii():
        return 0
    count = 0
    for found in _FORMAT_POSSIBLE.finditer(text):
        if unicodedata.category(found.group()) == "Cf":
            count += 1
            if count > MAX_FORMAT_CHARS:
                break
    return count


#: Most combining marks one character may carry, as Unicode's stream-safe format
#: allows (UAX #15). Thousands on one letter make one grapheme whose PDF layout
#: took seconds per thousand, from a value within every length limit.
MAX_STACKED_MARKS = 30


#: A stretch long enough to hold too many marks, of characters from U+0300 up (where
#: the first combining marks are) and the soft hyphen (the one format character
#: below them): plain text rarely has one, so the exact check below, character by
#: character, runs only on such stretches.
_MARKS_POSSIBLE = re.compile(f"[\u00ad\u0300-\U0010ffff]{{{MAX_STACKED_MARKS + 1},}}")


def _stacked_marks(text: str) -> tuple[int, int] | None:
    """Where a run of more than :data:`MAX_STACKED_MARKS` combining marks (Unicode
    categories Mn, Mc, Me) starts, and its length, or None.

    Format characters (category Cf: zero-width space and joiners, word joiner,
    soft hyphen, ...) between the marks neither end the run nor count in it: they
    draw nothing, so the marks around them still pile onto one letter and cost
    the layout just as much as an unbroken run."""
    if text.isascii():
        return None
    for stretch in _MARKS_POSSIBLE.finditer(text):
        start, count = stretch.start(), 0
        for index in range(stretch.start(), stretch.end()):
            category = unicodedata.category(text[index])
            if category[0] == "M":
                if count == 0:
                    start = index
                count += 1
                continue
            if category == "Cf":
                continue
            if count > MAX_STACKED_MARKS:
                return start, count
            count = 0
        if count > MAX_STACKED_MARKS:
            return start, count
    return None


def _as_plain_text(value: Any) -> str:
    """The text of a string, number or date through its base type's own method, never
    an override: a program may pass a subclass whose ``__str__`` raises or returns
    something else entirely, and the letter must say what the value is, not what
    the subclass claims."""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, dt.datetime):
        return dt.datetime.isoformat(value)
    if isinstance(value, dt.date):
        return dt.date.isoformat(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value)
    return Decimal.__str__(value)


class _Opaque:
    """Stands in for a value of a type rejectlet does not read, so that checking it
    never runs the value's own code; only its type's name is kept, for the message."""

    __slots__ = ("type_name",)

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name


#: compared by identity, never hashed: a class's hash may be its metaclass's code
_READ_AS_IS = (str, bool, int, float, Decimal, dt.date, dt.datetime, list, dict,
               bytes, bytearray, type(None), LocatedList, LocatedMap)


def read_by_type(value: Any, key: str) -> Any:
    """A value a program passed, as the plain value of its base type, judged by its
    type alone. ``isinstance`` asks a value of an unexpected type for its
    ``__class__``, which runs that value's own ``__getattribute__``; a subclass of
    str, int, float, Decimal or date becomes the base value, read by the base
    type's methods; a list or mapping becomes a plain one, read within the limits;
    anything else becomes an opaque stand-in that is reported by its type's name."""
    kind = type(value)
    if kind is dt.datetime or issubclass(kind, dt.datetime):
        plain = plain_datetime(value)
        if plain is None:
            zone = type(dt.datetime.tzinfo.__get__(value)).__name__
            return _Opaque(f"datetime with a {zone} time zone")
        return plain
    if any(kind is plain for plain in _READ_AS_IS):
        return value
    if issubclass(kind, str):
        return str.__str__(value)
    if issubclass(kind, int):
        return int.__int__(value)
    if issubclass(kind, float):
        return float.__float__(value)
    if issubclass(kind, Decimal):
        return Decimal(Decimal.__str__(value))
    if issubclass(kind, dt.datetime):
        return dt.datetime.combine(dt.datetime.date(value), dt.datetime.time(value))
    if issubclass(kind, dt.date):
        return dt.date.fromordinal(dt.date.toordinal(value))
    if issubclass(kind, list):
        return list_items(value, MAX_DATA_VALUES)
    if type_is(kind, Mapping):
        return dict(bounded_items(value, key))
    return _Opaque(kind_name(kind))


def plain_datetime(value: dt.datetime) -> dt.datetime | None:
    """A datetime as a plain one, read through the base type; None when its time
    zone is not the standard library's own (``timezone``, ``ZoneInfo``): any other
    ``tzinfo`` is a program's code, which writing the value out would run (its
    ``utcoffset`` may raise or never return)."""
    zone = dt.datetime.tzinfo.__get__(value)
    plain = dt.datetime.combine(dt.datetime.date(value), dt.datetime.time(value))
    if zone is None:
        return plain
    if type(zone) is not dt.timezone:
        import zoneinfo

        if type(zone) is not zoneinfo.ZoneInfo:
            return None
    return dt.datetime.replace(plain, tzinfo=zone)


def _kind_of(value: Any) -> str:
    """What a non-text value is, in words, without printing the value itself; judged
    by its type alone, so an object of any type is named, never asked."""
    kind = type(value)
    if kind is _Opaque:
        return f"a {value.type_name} object"
    if issubclass(kind, bytes | bytearray):
        return "bytes"
    if callable(value):
        return "a function"
    if issubclass(kind, list | dict | bool | int | float) or value is None:
        return describe(value)
    return f"a {kind_name(kind)} object"


def invalid_unicode_at(text: str) -> int | None:
    """The index of the first lone surrogate in ``text``, or None if it encodes as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _check_value(variable: Variable, value: Any, loc: Location | None,
                 problems: Problems) -> Any:
    name, vtype = variable.name, variable.type
    named = shown_name(name)
    value = read_by_type(value, name)
    if value is None:
        return _default(variable)
    if vtype in ("string", "text", "email"):
        text = _text(repr(name), value, loc, problems)
        if text is None:
            return ""
        if not text.strip() and not variable.required:
            return _default(variable)
        if len(text) > MAX_STRING_CHARS:
            problems.add(f"{named} is {len(text):,} characters; the limit is "
                         f"{MAX_STRING_CHARS:,}", loc, code="RJ205")
            return ""
        if vtype == "string" and "\n" in text.strip():
            problems.add(f"{named} is one line of text but has line breaks", loc,
                         "join the lines, or ask the pack author to make it type: text",
                         code="RJ204")
        if vtype == "email" and text.strip() and not is_email_address(text.strip()):
            problems.add(f"{named} is not an email address: {shown_name(text)}", loc,
                         "write it as name@example.com", code="RJ204")
        if variable.choices and text not in variable.choices:
            problems.add(f"{named} is {shown_name(text)}; "
                         f"choose one of: {', '.join(variable.choices)}",
                         loc, did_you_mean(text, variable.choices), code="RJ206")
        return text.strip() if vtype != "text" else text.strip("\n")
    if vtype == "records":
        return _check_records(variable, value, loc, problems)
    if vtype == "list":
        items = list_items(value, MAX_LIST_ITEMS) if isinstance(value, list) else None
        if items is None:
            problems.add(f"{named} should be a list (one '- item' per line), not "
                         f"{describe(value)}", loc, code="RJ204")
            return []
        if len(items) > MAX_LIST_ITEMS:
            problems.add(f"{named} has {list.__len__(value)} items; the limit is "
                         f"{MAX_LIST_ITEMS}", loc, code="RJ205")
            return []
        result = []
        for index, item in enumerate(items):
            item_loc = _keyed(value.item_location(index) if isinstance(value, LocatedList)
                              else loc, f"{name}[{index}]")
            item = read_by_type(as_written(value, index, item), f"{name}[{index}]")
            if isinstance(item, list | dict) or item is None:
                problems.add(f"{named} item {index + 1} should be text, not {describe(item)}",
                             item_loc, code="RJ204")
                continue
            text = _text(f"{named} item {index + 1}", item, item_loc, problems)
            if text is None:
                continue
            if len(text) > MAX_STRING_CHARS:
                problems.add(f"{named} item {index + 1} is {len(text):,} characters; the "
                             f"limit is {MAX_STRING_CHARS:,}", item_loc, code="RJ205")
                continue
            result.append(text)
        return result
    if vtype == "bool":
        if not isinstance(value, bool):
            problems.add(f"{named} should be true or false, not {describe(value)}", loc,
                         code="RJ204")
            return False
        return value
    if vtype == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            problems.add(f"{named} should be a whole number, not {describe(value)}", loc,
                         code="RJ204")
            return None
        try:  # the base type's own method: a subclass's override is not asked
            digits = int.__repr__(value)
        except ValueError:  # more digits than Python will write out
            problems.add(f"{named} is a number too long to write out", loc,
                         "pass a number of a few digits", code="RJ205")
            return None
        return int(digits)  # a plain int, whatever subclass the program passed
    if vtype == "date":
        if isinstance(value, dt.datetime):
            return dt.datetime.date(value)
        if isinstance(value, dt.date):
            return dt.date.fromordinal(dt.date.toordinal(value))  # a plain date
        if isinstance(value, str):
            if value.strip().lower() == "today":
                return dt.date.today()
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        # the value is named, never printed whole: a repr would run a program's own
        # code inside a list, recurse into a deep one, copy megabytes into the
        # message, or fail on an integer of thousands of digits
        shown = shown_name(value, MAX_DATE_SHOWN) if isinstance(value, str) else _kind_of(value)
        problems.add(f"{named} should be a date written as YYYY-MM-DD, not {shown}", loc,
                     code="RJ204")
        return None
    return value


MAX_RECORDS = 50


def _check_records(variable: Variable, value: Any, loc: Location | None,
                   problems: Problems) -> list[dict[str, Any]]:
    """A list of mappings, each checked against the variable's fields."""
    name = variable.name
    named = shown_name(name)
    if not isinstance(value, list):
        problems.add(f"{named} should be a list of entries (one '- name: …' block each), "
                     f"not {describe(value)}", loc, code="RJ204")
        return []
    entries = list_items(value, MAX_RECORDS)
    if len(entries) > MAX_RECORDS:
        problems.add(f"{named} has {list.__len__(value)} entries; the limit is "
                     f"{MAX_RECORDS}", loc, code="RJ205")
        return []
    records: list[dict[str, Any]] = []
    unknown: list[tuple[int, Any, str]] = []
    for index, item in enumerate(entries):
        item_loc = _keyed(value.item_location(index) if isinstance(value, LocatedList) else loc,
                          f"{name}[{index}]")
        if not is_mapping(item):
            problems.add(f"{named} entry {index + 1} should be a mapping of fields, not "
                         f"{describe(item)}", item_loc, code="RJ204")
            continue
        record: dict[str, Any] = {}
        locations: dict[str, Location] = {}
        fields_given = dict(bounded_items(item, f"{name}[{index}]"))
        unknown.extend((index, item, key) for key in fields_given
                       if key not in variable.fields)
        for field_name, field in variable.fields.items():
            field_loc = _keyed(item.value_location(field_name) if isinstance(item, LocatedMap)
                               and field_name in fields_given else item_loc,
                               f"{name}[{index}].{field_name}")
            if field_name in fields_given:
                given = fields_given[field_name]
                if field.type in TEXT_TYPES:
                    given = as_written(item, field_name, given)
                record[field_name] = _check_value(field, given, field_loc, problems)
                if field_loc is not None:
                    locations[field_name] = field_loc
            elif field.required:
                problems.add(f"{named} entry {index + 1} is missing "
                             f"{shown_name(field_name)}", field_loc,
                             field.help or f"add {field_name}: to the entry", code="RJ201")
            else:
                record[field_name] = _default(field)
        records.append(Record(record, locations, item_loc))
    _unknown_fields(variable, value, loc, unknown, problems)
    return records


def _unknown_fields(variable: Variable, value: Any, loc: Location | None,
                    unknown: list[tuple[int, Any, str]], problems: Problems) -> None:
    """Report unknown fields of records entries, counted with the letter's other unknown
    names: past MAX_UNKNOWN_REPORTED, one finding tells how many more there are, so
    50 entries of a thousand made-up fields are not 50,000 findings."""
    name = variable.name
    named = shown_name(name)
    first = problems.tally(UNKNOWN_NAMES, len(unknown))
    for number, (index, item, key) in enumerate(unknown, start=first):
        item_loc = _keyed(value.item_location(index) if isinstance(value, LocatedList)
                          else loc, f"{name}[{index}]")
        key_loc = _keyed(item.key_location(key) if isinstance(item, LocatedMap)
                         else item_loc, f"{name}[{index}].{key}")
        if number >= MAX_UNKNOWN_REPORTED:
            problems.add(f"{len(unknown) - (number - first):,} more unknown fields in "
                         f"{named}, from entry {index + 1}'s {shown_name(key)} on", key_loc,
                         f"fields: {', '.join(variable.fields)}", code="RJ202")
            return
        problems.add(f"{named} entry {index + 1}: unknown field {shown_name(key)}", key_loc,
                     did_you_mean(str(key), variable.fields) or
                     f"fields: {', '.join(variable.fields)}", code="RJ202")


class Record(dict[str, Any]):
    """One entry of a records value, remembering where each field was written."""

    def __init__(self, values: dict[str, Any], locations: dict[str, Location],
                 location: Location | None) -> None:
        super().__init__(values)
        self.locations = locations
        self.location = location
