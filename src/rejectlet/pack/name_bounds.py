"""Every name a pack declares is bounded in length before anything reads it.

A pack may declare a variable, section, letter kind or check under any key YAML
can hold, and a key written after ``? `` may be hundreds of kilobytes long.
Everything downstream works on names: a dotted variable name becomes one nested
group per dot (a name of 150,000 dots nested deeper than Python can recurse),
suggestions compare names letter by letter, and messages quote them. So every
declared name is held to :data:`MAX_NAME_CHARS` characters and
:data:`MAX_NAME_PARTS` dotted parts here, right after pack.yaml is read: a
length is read in constant time, and a pack with a name over the bound is
refused at once, before any work that grows with the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Location, Severity
from ..errors import PackError
from ..suggest import shown_name
from ..yamlio import LocatedList, LocatedMap

__all__ = ["MAX_NAME_CHARS", "MAX_NAME_PARTS", "refuse_long_names"]

#: Characters in one name a pack declares; real names are a few words long.
MAX_NAME_CHARS = 100
#: Dotted parts of one variable name (``sender.address.city`` has three).
MAX_NAME_PARTS = 8

#: Top-level tables whose keys are names the pack declares.
_NAMED_TABLES = ("variables", "sections", "letters", "blocks")


def _declared(top: LocatedMap) -> Iterator[tuple[str, str, Location]]:
    """Every name the pack declares: what it names, the name, and where it is."""
    name = top.get("pack")
    if isinstance(name, str):
        yield "the pack's name", name, top.value_location("pack")
    for table_name in _NAMED_TABLES:
        table = top.get(table_name)
        if not isinstance(table, LocatedMap):
            continue
        for key, value in table.items():
            yield f"a name under {table_name}", key, table.key_location(key)
            if table_name == "variables" and isinstance(value, LocatedMap):
                fields = value.get("fields")
                if isinstance(fields, LocatedMap):
                    for field in fields:
                        yield "a field name", field, fields.key_location(field)
            if table_name == "letters" and isinstance(value, LocatedMap) and \
                    isinstance(value.get("as"), str):
                yield "a record's name (as)", value["as"], value.value_location("as")
    checks = top.get("checks")
    if isinstance(checks, LocatedList):
        for check in checks:
            if isinstance(check, LocatedMap) and isinstance(check.get("code"), str):
                yield "a check's code", check["code"], check.value_location("code")


def refuse_long_names(top: LocatedMap) -> None:
    """Raise a :class:`PackError` (RJ113, at each name) if any name the pack declares
    is longer than :data:`MAX_NAME_CHARS` or has more than :data:`MAX_NAME_PARTS`
    dotted parts; return at once otherwise."""
    problems: list[Diagnostic] = []
    for what, name, where in _declared(top):
        too_long = len(name) > MAX_NAME_CHARS
        if too_long or name.count(".") >= MAX_NAME_PARTS:
            problems.append(Diagnostic(
                "RJ113", Severity.ERROR,
                f"{what} {shown_name(name)} is {len(name):,} characters long"
                if too_long else
                f"{what} {shown_name(name)} has {name.count('.') + 1} dotted parts",
                where,
                f"names are at most {MAX_NAME_CHARS} characters and "
                f"{MAX_NAME_PARTS} dotted parts; use a short word or two"))
    if problems:
        raise PackError(problems)
