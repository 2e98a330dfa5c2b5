"""The Jinja environment pack templates run in.

Packs come from strangers, so templates run in Jinja's immutable sandbox with
undefined names as errors, no file access outside the pack, and limits on how
much a template may produce (``'x' * 10**9`` is refused, not attempted).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import textfmt

#: Most characters one template may produce, and one value may grow to.
MAX_OUTPUT_CHARS = 200_000
#: Most items ``range()`` may yield across one letter's templates.
MAX_RANGE_ITEMS = 10_000

Finalizer = Callable[[Any], str]

#: The value formatter in force for the template being rendered: the composer
#: sets it so that data turns into opaque tokens rather than markup.
current_finalizer: ContextVar[Finalizer | None] = ContextVar("rejectlet_finalizer",
                                                            default=None)
_range_budget: ContextVar[list[int] | None] = ContextVar("rejectlet_range_budget",
                                                         default=None)


__all__ = ["LetterSandbox", "LimitExceeded", "SecurityError", "make_environment", "render_limited"]


class LimitExceeded(SecurityError):
    """A template tried to produce more than the limits allow."""


def _finalize(value: Any) -> str:
    finalizer = current_finalizer.get()
    if finalizer is not None:
        return finalizer(value)
    return textfmt.plain_value(value)


def _bounded_range(*args: int) -> range:
    result = range(*args)
    budget = _range_budget.get()
    remaining = budget[0] if budget is not None else MAX_RANGE_ITEMS
    if len(result) > remaining:
        raise LimitExceeded(f"range() of {len(result):,} items is over the limit of "
                            f"{MAX_RANGE_ITEMS:,} per letter")
    if budget is not None:
        budget[0] -= len(result)
    return result


class PackLoader(jinja2.FileSystemLoader):
    """Includes from the pack's own folders only: a symbolic link that leads out of
    the pack is refused like a '../' path."""

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        roots = [Path(root).resolve() for root in self.searchpath]
        if not any(real.is_relative_to(root) for root in roots):
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


class LetterSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox that also bounds repetition and exponentiation."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: jinja2.runtime.Context, operator_name: str,
                   left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > 64:
                raise LimitExceeded("exponent over 64 refused in a template")
            return operator.pow(left, right)
        if operator_name == "%" and isinstance(left, str):
            if re.search(r"%[-+ #0]*(\d{4,}|\*)", left):
                raise LimitExceeded("a %-format width over 999 refused in a template")
            result = operator.mod(left, right)
            if len(result) > MAX_OUTPUT_CHARS:
                raise LimitExceeded("formatted text over the output limit refused")
            return result
        if operator_name == "*":
            size = _repeated_size(left, right)
            if size > MAX_OUTPUT_CHARS:
                raise LimitExceeded(f"repetition would produce {size:,} items; the limit is "
                                    f"{MAX_OUTPUT_CHARS:,}")
            return operator.mul(left, right)
        if (operator_name == "+" and isinstance(left, str | list)
                and isinstance(right, str | list)
                and len(left) + len(right) > MAX_OUTPUT_CHARS):
            raise LimitExceeded("concatenation over the output limit refused")
        return super().call_binop(context, operator_name, left, right)


#: Largest width a template may ask a filter to pad or wrap to.
MAX_WIDTH = 1_000


def _bounded_width(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    """A width-taking filter that refuses absurd widths (``center(10**9)``)."""
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        for number in (*args, *kwargs.values()):
            if isinstance(number, int) and not isinstance(number, bool) and \
                    abs(number) > MAX_WIDTH:
                raise LimitExceeded(f"a width of {number:,} refused (the limit is {MAX_WIDTH})")
        return filter_function(value, *args, **kwargs)
    return bounded


def _bounded_format(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(value, str) and re.search(r"%[-+ #0]*(\d{4,}|\*)", value):
            raise LimitExceeded("a %-format width over 999 refused in a template")
        result = filter_function(value, *args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_OUTPUT_CHARS:
            raise LimitExceeded("formatted text over the output limit refused")
        return result
    return bounded


def _repeated_size(left: Any, right: Any) -> int:
    if isinstance(left, str | list | tuple) and isinstance(right, int):
        return len(left) * right
    if isinstance(right, str | list | tuple) and isinstance(left, int):
        return len(right) * left
    return 0


def make_environment(pack_roots: tuple[Path, ...] | Path | None,
                     language: str = "en") -> LetterSandbox:
    """A fresh sandbox for one pack: includes may only read the pack's own folders."""
    loader: jinja2.BaseLoader | None = None
    if isinstance(pack_roots, Path):
        pack_roots = (pack_roots,)
    if pack_roots:
        loader = PackLoader([str(r) for r in pack_roots])
    env = LetterSandbox(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.globals["range"] = _bounded_range
    env.globals.pop("lipsum", None)  # filler text has no place in a letter, and is slow
    for name in ("center", "indent", "truncate", "wordwrap"):
        env.filters[name] = _bounded_width(env.filters[name])
    env.filters["format"] = _bounded_format(env.filters["format"])
    env.filters["join_names"] = lambda items: textfmt.join_names(items, language)
    env.filters["last_name"] = textfmt.last_name
    env.filters["first_name"] = textfmt.first_name
    env.filters["longdate"] = lambda value: textfmt.long_date(value, language)
    env.filters["add_days"] = textfmt.add_days
    env.filters["phrase"] = textfmt.phrase
    return env


def render_limited(template: jinja2.Template, context: dict[str, Any],
                   finalizer: Finalizer | None, budget: list[int]) -> str:
    """Render with a value formatter and an output cap, streaming so a bomb stops early."""
    token = current_finalizer.set(finalizer)
    budget_token = _range_budget.set(budget)
    try:
        return _join_capped(template.generate(context))
    finally:
        current_finalizer.reset(token)
        _range_budget.reset(budget_token)


def _join_capped(chunks: Iterable[str]) -> str:
    parts: list[str] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > MAX_OUTPUT_CHARS:
            raise LimitExceeded(f"template output passed the limit of {MAX_OUTPUT_CHARS:,} "
                                "characters")
        parts.append(chunk)
    return "".join(parts)
