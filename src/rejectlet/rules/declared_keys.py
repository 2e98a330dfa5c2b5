"""Reading the Vale-like keys of a declared check: scope, exceptions, link, replacement, swap.

Kept apart from the pack loader so that the loader only calls it: what each
key means and which combinations make sense belong with the checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..checks import Problems, as_list, describe
from ..diagnostics import Location
from ..model import SectionKind
from ..suggest import did_you_mean, quoted
from ..yamlio import LocatedMap
from .declared import SCOPES
from .linear import linear

_KINDS = tuple(k.value for k in SectionKind)
#: Forms that read phrases, and so take a scope and exceptions.
_TEXT_FORMS = ("forbid", "swap", "require", "max_words")


@dataclass(frozen=True, slots=True)
class Scoped:
    """The keys that say where a check looks and what it suggests."""

    scope: str
    kind: SectionKind | None
    exceptions: tuple[str, ...]
    link: str
    replacement: str | None


def declared_scope(item: LocatedMap, kind: SectionKind | None, form: str, where: str,
                   problems: Problems) -> Scoped | None:
    """The check's scope and suggestion keys, or None after recording a problem."""
    scope = "body" if kind is None else kind.value
    if "scope" in item:
        word = item["scope"]
        loc = item.value_location("scope")
        if "kind" in item:
            problems.add(f"{where} has both kind and scope; keep scope", loc, code="RJ123")
            return None
        if form not in _TEXT_FORMS:
            problems.add(f"{where}: scope applies to forbid, swap, require and max_words, "
                         f"not {form}", loc, code="RJ123")
            return None
        if word in _KINDS:
            kind = SectionKind(word)
        elif word not in SCOPES:
            choices = [*SCOPES, *_KINDS]
            problems.add(f"{where}: unknown scope {quoted(word)}", loc,
                         did_you_mean(str(word), choices) or
                         f"a section kind, or one of {', '.join(SCOPES)}", code="RJ113")
            return None
        scope = str(word)
    exceptions: tuple[str, ...] = ()
    if "exceptions" in item:
        loc = item.value_location("exceptions")
        if form not in ("forbid", "swap"):
            problems.add(f"{where}: exceptions apply to forbid and swap, not {form}", loc,
                         code="RJ123")
            return None
        found = as_list(item["exceptions"], loc, problems, f"{where}.exceptions")
        if found is None:
            return None
        bounded = bounded_phrases(tuple(str(x) for x in found if str(x).strip()), loc,
                                  f"{where}.exceptions", problems)
        if bounded is None:
            return None
        exceptions = bounded
    replacement = None
    if "replacement" in item:
        if form != "forbid":
            problems.add(f"{where}: replacement applies to forbid (swap gives one per phrase)",
                         item.value_location("replacement"), code="RJ123")
            return None
        replacement = str(item["replacement"] or "")
    link = str(item.get("link") or "")
    if link and (len(link) > MAX_LINK_CHARS or _WEB_ADDRESS.search(link) is None):
        # the link reaches JSON's ``docs`` and SARIF's ``helpUri``, which a host may show
        # as a link: a pack may not put a ``javascript:`` or ``file:`` address there
        problems.add(f"{where}.link should be a web address (https://… or http://…), at "
                     f"most {MAX_LINK_CHARS:,} characters", item.value_location("link"),
                     "link a page that explains the check, such as https://example.com/style",
                     code="RJ123")
        return None
    return Scoped(scope, kind, exceptions, link, replacement)


#: Longest ``link:`` a check may have.
MAX_LINK_CHARS = 2_000
#: A web address, whole: http or https, a host, and no blank, control, quote or
#: angle bracket (linear-time, like every pattern the rules hold).
_WEB_ADDRESS = linear(r"\A(?:https?://[^\s/?#<>\"'`\\\x00-\x1f\x7f]+(?:[/?#][^\s<>\"'`\\"
                      r"\x00-\x1f\x7f]*)?)\z", ignore_case=True)


def declared_swap(value: Any, loc: Location, where: str,
                  problems: Problems) -> tuple[tuple[str, str], ...] | None:
    """A swap table: each phrase with what to write instead."""
    if not isinstance(value, LocatedMap) or not value:
        problems.add(f"{where}.swap should be a mapping of phrase: replacement, not "
                     f"{describe(value)}", loc, code="RJ113")
        return None
    pairs = []
    for old, new in value.items():
        if not isinstance(new, str) and new is not None:
            problems.add(f"{where}.swap: the replacement for {quoted(old)} should be a string",
                         value.value_location(old), code="RJ113")
            return None
        if str(old).strip():
            pairs.append((str(old), str(new or "")))
    return tuple(pairs)


#: The most phrases one check may list (forbid, require, exceptions, swap), and
#: their total length: every letter is scanned for all of them, and one huge
#: alternation costs the matcher more memory and time than any letter is worth.
MAX_CHECK_PHRASES = 1_000
MAX_CHECK_CHARACTERS = 50_000


def bounded_phrases(phrases: tuple[str, ...], loc: Location, where: str,
                    problems: Problems) -> tuple[str, ...] | None:
    """The phrases, or None (with RJ129 recorded) when there are too many or too long."""
    total = sum(len(phrase) for phrase in phrases)
    if len(phrases) > MAX_CHECK_PHRASES or total > MAX_CHECK_CHARACTERS:
        problems.add(f"{where} lists {len(phrases):,} phrases of {total:,} characters; the "
                     f"limit is {MAX_CHECK_PHRASES:,} phrases and {MAX_CHECK_CHARACTERS:,} "
                     "characters", loc, code="RJ129",
                     hint="split it into several checks, or keep the phrases a reader "
                          "would really write")
        return None
    return phrases
