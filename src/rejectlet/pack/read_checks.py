"""Read stage: the ``rules:`` settings and the pack's own ``checks:``."""

from __future__ import annotations

import re
from typing import Any

from .. import spec
from ..checks import Problems, as_list, as_map
from ..diagnostics import Location
from ..model import PackCheck
from ..rules.declared_keys import bounded_phrases, declared_scope, declared_swap
from ..rules.settings import check_rule_settings
from ..suggest import quoted
from ..yamlio import LocatedList, LocatedMap
from .read_sections import section_kind

CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,9}[0-9]{2,4}$")
_SEVERITIES = spec.CHECK.words("severity")


def rules_table(raw: Any, loc: Location, problems: Problems) -> dict[str, dict[str, Any]]:
    """One ``rules:`` table (of the pack or of a letter), normalised by code."""
    table = as_map(raw, loc, problems, "rules")
    return check_rule_settings(table, problems) if table is not None else {}


def read_rules(top: LocatedMap, problems: Problems) -> dict[str, dict[str, Any]]:
    if "rules" not in top:
        return {}
    return rules_table(top["rules"], top.value_location("rules"), problems)


def read_checks(top: LocatedMap, problems: Problems) -> dict[str, PackCheck]:
    """The pack's declared checks by code, in the order written."""
    if "checks" not in top:
        return {}
    items = as_list(top["checks"], top.value_location("checks"), problems, "checks")
    result: dict[str, PackCheck] = {}
    for index, raw in enumerate(items or ()):
        assert items is not None
        check = _check(items, index, raw, problems)
        if check is not None:
            result[check.code] = check
    return result


def _check(items: LocatedList, index: int, raw: Any, problems: Problems) -> PackCheck | None:
    where = f"checks[{index + 1}]"
    item = as_map(raw, items.item_location(index), problems, where)
    if item is None:
        return None
    spec.check_fields(problems, item, spec.CHECK, where)
    code = _own_code(item, where, problems)
    if code is None:
        return None
    forms = [form for form in spec.CHECK_FORMS if form in item]
    if len(forms) != 1:
        problems.add(f"{where} needs exactly one of: {', '.join(spec.CHECK_FORMS)}",
                     item.location, code="RJ123")
        return None
    argument = _argument(item, forms[0], where, problems)
    if argument is None:
        return None
    severity = item.get("severity", "warning")
    if severity not in _SEVERITIES:
        problems.add(f"{where}: severity must be {' or '.join(_SEVERITIES)}",
                     item.value_location("severity"), code="RJ113")
        return None
    kind = None
    if "kind" in item:
        kind = section_kind(item["kind"], where, item.value_location("kind"), problems)
        if kind is None:
            return None
    scoped = declared_scope(item, kind, forms[0], where, problems)
    if scoped is None:
        return None
    letters: tuple[str, ...] = ()
    if "letters" in item:
        found = as_list(item["letters"], item.value_location("letters"), problems,
                        f"{where}.letters")
        letters = tuple(str(x) for x in found) if found is not None else ()
    return PackCheck(code=code, message=str(item.get("message", "")), severity=str(severity),
                     form=forms[0], argument=argument, kind=scoped.kind, letters=letters,
                     hint=str(item.get("hint") or ""), location=items.item_location(index),
                     scope=scoped.scope, exceptions=scoped.exceptions, link=scoped.link,
                     replacement=scoped.replacement)


def _own_code(item: LocatedMap, where: str, problems: Problems) -> str | None:
    from ..rules.base import find_rule

    code = item.get("code")
    if isinstance(code, str) and CODE_RE.match(code) and not code.startswith("RJ") \
            and find_rule(code) is None:
        return code
    problems.add(f"{where}: code {quoted(code)} should be the pack's own, such as "
                 "ACME001 (capitals then digits, not starting with RJ)",
                 item.value_location("code") if "code" in item else item.location,
                 code="RJ123")
    return None


def _argument(item: LocatedMap, form: str, where: str, problems: Problems) -> Any:
    value = item[form]
    loc = item.value_location(form)
    if form == "max_words":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            problems.add(f"{where}.max_words should be a positive whole number", loc,
                         code="RJ113")
            return None
        return value
    if form == "require_kind":
        return section_kind(value, where, loc, problems)
    if form == "swap":
        pairs = declared_swap(value, loc, where, problems)
        if pairs is None or bounded_phrases(tuple(old + new for old, new in pairs), loc,
                                            f"{where}.swap", problems) is None:
            return None
        return pairs
    found = as_list(value, loc, problems, f"{where}.{form}")
    if not found:
        if found is not None:
            problems.add(f"{where}.{form} is empty", loc, code="RJ113")
        return None
    if form == "order":
        kinds = [section_kind(k, f"{where}.order", loc, problems) for k in found]
        return None if None in kinds else tuple(k for k in kinds if k is not None)
    return bounded_phrases(tuple(str(phrase) for phrase in found if str(phrase).strip()),
                           loc, f"{where}.{form}", problems)
