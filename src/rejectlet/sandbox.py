"""The Jinja environment pack templates run in.

Packs come from strangers, so templates run in Jinja's immutable sandbox with
undefined names as errors, no file access outside the pack, and limits on how
much a template may produce (``'x' * 10**9`` is refused, not attempted).
"""

from __future__ import annotations

import datetime as _dt
import decimal
import operator
import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import textfmt
from .filters import letter_filters

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


_DATA_TYPES = (str, int, float, bool, type(None), _dt.date, decimal.Decimal)


def is_data(value: Any, depth: int = 0) -> bool:
    """Whether a value is letter data (text, numbers, dates, and lists or mappings of
    them) rather than a function, class or other object whose text is its repr."""
    if isinstance(value, (*_DATA_TYPES, jinja2.Undefined)):
        return True  # an undefined value reports itself when turned into text
    if depth < 8 and isinstance(value, list | tuple):
        return all(is_data(item, depth + 1) for item in value)
    if depth < 8 and isinstance(value, dict):
        return all(is_data(k, depth + 1) and is_data(v, depth + 1) for k, v in value.items())
    return False


def require_data(value: Any, what: str = "a template") -> None:
    if not is_data(value):
        raise LimitExceeded(f"{what} may only turn text, numbers, dates and lists into "
                            f"text, not a {type(value).__name__}")


def _finalize(value: Any) -> str:
    require_data(value, "a template")
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


class _BoundedConcat(CodeGenerator):
    """Compiles ``a ~ b`` to the environment's bounded join: Jinja's own join is one
    C call that no limit or timer can interrupt."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LetterSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox that also bounds repetition, joining and formatting."""

    code_generator_class = _BoundedConcat
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def bounded_concat(self, parts: tuple[Any, ...]) -> str:
        for part in parts:
            require_data(part, "'~'")
        texts = [str(part) for part in parts]
        if sum(len(text) for text in texts) > MAX_OUTPUT_CHARS:
            raise LimitExceeded(f"'~' would produce more than {MAX_OUTPUT_CHARS:,} characters")
        return "".join(texts)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        def bounded(*args: Any, **kwargs: Any) -> str:
            for item in (*args, *kwargs.values()):
                require_data(item, "format()")
            if isinstance(fmt, str) and _FORMAT_WIDTH.search(fmt):
                raise LimitExceeded("a format width over 999 refused in a template")
            result = wrapped(*args, **kwargs)
            if len(result) > MAX_OUTPUT_CHARS:
                raise LimitExceeded("formatted text over the output limit refused")
            return result
        return bounded

    def call_binop(self, context: jinja2.runtime.Context, operator_name: str,
                   left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > 64:
                raise LimitExceeded("exponent over 64 refused in a template")
            return operator.pow(left, right)
        if operator_name == "%" and isinstance(left, str):
            require_data(right, "'%'")
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


_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?(\d{4,}|\{)")

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


def _data_only(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that turns its value into text, refusing anything but data."""
    def checked(*args: Any, **kwargs: Any) -> Any:
        passed = (jinja2.Environment, nodes.EvalContext, jinja2.runtime.Context)
        value = args[1] if args and isinstance(args[0], passed) else \
            (args[0] if args else None)
        require_data(value, "this filter")
        return filter_function(*args, **kwargs)
    checked.__dict__.update(getattr(filter_function, "__dict__", {}))
    return checked


def _bounded_replace(value: Any, old: Any, new: Any, count: int | None = None) -> str:
    """replace() whose result size is known before the work is done."""
    for item in (value, old, new):
        require_data(item, "replace()")
    text, old_text, new_text = str(value), str(old), str(new)
    hits = text.count(old_text) if old_text else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * (len(new_text) - len(old_text)) > MAX_OUTPUT_CHARS:
        raise LimitExceeded("replace() would produce more than "
                            f"{MAX_OUTPUT_CHARS:,} characters")
    return text.replace(old_text, new_text, -1 if count is None else count)


def _bounded_join(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    """join() whose result size is known before the work is done."""
    def bounded(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = list(value)
        for item in items:
            require_data(item, "join()")
        total = sum(len(str(item)) for item in items) + len(str(d)) * max(len(items) - 1, 0)
        if total > MAX_OUTPUT_CHARS:
            raise LimitExceeded(f"join() would produce more than {MAX_OUTPUT_CHARS:,} "
                                "characters")
        return filter_function(eval_ctx, items, d, attribute)
    bounded.__dict__.update(getattr(filter_function, "__dict__", {}))
    return bounded


def _bounded_format(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        for item in (value, *args, *kwargs.values()):
            require_data(item, "format")
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
    env.filters["replace"] = _bounded_replace
    env.filters["join"] = _bounded_join(env.filters["join"])
    for name in ("string", "pprint", "tojson"):
        env.filters[name] = _data_only(env.filters[name])
    env.filters["join_names"] = lambda items: textfmt.join_names(items, language)
    env.filters["longdate"] = lambda value: textfmt.long_date(value, language)
    env.filters["add_days"] = textfmt.add_days
    env.filters.update(letter_filters(language))
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
