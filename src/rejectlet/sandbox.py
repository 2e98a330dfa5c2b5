"""The Jinja environment pack templates run in.

Packs come from strangers, so templates run in a sandbox that:

- meters every step a template takes (calls, lookups, loop turns, operators,
  filters and tests) against the budget of the letter being composed
  (:mod:`rejectlet.limits`), so an endless or huge computation is stopped
  wherever it runs, in any thread;
- checks the size of every text, list or number a step would build *before*
  building it where the size can be known (``'x' * n``, ``center``, ``%``
  widths, ``replace``, ``join``, ``batch``, …), and after the step otherwise,
  so no single value grows past ``Limits.output_chars``;
- lets no method that changes a value be reached: not on data, not through a
  class such as the exposed ``dict``;
- keeps rendered template text apart from data, so data never becomes markup
  (see :mod:`rejectlet.markup`).
"""

from __future__ import annotations

import datetime as _dt
import decimal
import json
import re
import threading
import types
from collections import abc, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from . import textfmt
from .filters import letter_filters
from .limits import DEFAULT_LIMITS, Limits, current_limits, current_meter
from .markup import Rendered, broken_tokens, replace_outside_tokens
from .nesting import token_problem, tree_problem
from .suggest import quoted

#: Most characters one template may produce, and one value may grow to (the default).
MAX_OUTPUT_CHARS = DEFAULT_LIMITS.output_chars
#: Most items ``range()`` may yield across one letter's templates (the default).
MAX_RANGE_ITEMS = DEFAULT_LIMITS.range_items
#: Largest width a template may ask a filter to pad or wrap to (the default).
MAX_WIDTH = DEFAULT_LIMITS.width
#: Largest integer a template may build, in bits: far past any count or year,
#: and small enough that arithmetic on it stays instant.
MAX_INT_BITS = 16_384
#: Largest file a template may ``{% include %}``, in bytes.
MAX_INCLUDE_BYTES = 200_000

Finalizer = Callable[[Any], str]

#: The value formatter in force for the template being rendered: the composer
#: sets it so that data turns into opaque tokens rather than markup.
current_finalizer: ContextVar[Finalizer | None] = ContextVar("rejectlet_finalizer",
                                                            default=None)

__all__ = ["LetterSandbox", "LimitExceeded", "SecurityError", "make_environment", "render_limited"]


class LimitExceeded(SecurityError):
    """A template tried to produce more than the limits allow."""


#: How deep templates may go into each other while one renders: macro calls, calls of
#: a recursive loop, includes and imports, all counted together. Each level costs
#: the thread's C stack as well as Python's, and a worker thread's stack can be a
#: few hundred kilobytes (128 KiB on musl): a template including itself would end
#: the whole process there, long before Python's recursion limit, so the depth is
#: counted here instead. A letter's templates go two or three levels deep.
MAX_TEMPLATE_DEPTH = 32
_depth = threading.local()


def _enter(what: str) -> int:
    """Go one level deeper into templates; refuse past :data:`MAX_TEMPLATE_DEPTH`.
    Returns the level to go back to."""
    level: int = getattr(_depth, "level", 0)
    if level >= MAX_TEMPLATE_DEPTH:
        raise LimitExceeded(f"{what} went more than {MAX_TEMPLATE_DEPTH} levels deep "
                            "(a template that includes, imports or calls itself)")
    _depth.level = level + 1
    return level


def _leave(level: int) -> None:
    _depth.level = level


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


# -- metering and sizes -------------------------------------------------------------------

def _limits() -> Limits:
    meter = current_meter.get()
    return meter.limits if meter is not None else current_limits()


def _step(count: int = 1) -> None:
    meter = current_meter.get()
    if meter is not None:
        meter.step(count)


def size_of(value: Any, limit: int) -> int:
    """How big a value is, in characters and items, counting shared parts each time
    they appear (that is how big its text would be). Stops counting past ``limit``,
    so measuring a value built from the same list nested many times is cheap."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes | bytearray):
            total += len(item)
        elif isinstance(item, bool) or item is None:
            total += 1
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, decimal.Decimal):
            total += abs(item.adjusted()) + len(item.as_tuple().digits) if item.is_finite() else 3
        elif isinstance(item, list | tuple | set | frozenset | deque):
            total += len(item) + 1
            if total <= limit:
                stack.extend(item)
        elif isinstance(item, dict):
            total += len(item) + 1
            if total <= limit:
                stack.extend(item.keys())
                stack.extend(item.values())
        else:
            total += 1
        if total > limit:
            return total
    return total


def check_size(value: Any, what: str, *, built: bool = False) -> Any:
    """Refuse a value bigger than a template may build; pass it through otherwise.

    ``built`` says the value was just made by the template (a call's or an
    operator's result, not an argument being looked at): its size then also
    counts toward the letter's ``Limits.built_chars``, which bounds how much all
    the values a letter builds may add up to, and so how much of them can be
    alive at once."""
    if isinstance(value, bytes | bytearray | memoryview):
        # letters are text; bytes would need every size check a second time
        raise LimitExceeded(f"{what} made bytes; templates work with text only")
    if isinstance(value, str):
        size = len(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > MAX_INT_BITS:
            raise LimitExceeded(f"{what} would build a number of more than {MAX_INT_BITS:,} "
                                "bits")
        return value
    elif isinstance(value, _SCALARS):
        return value
    else:
        size = size_of(value, _limits().output_chars)
    cap = _limits().output_chars
    if size > cap:
        raise LimitExceeded(f"{what} would produce more than {cap:,} characters or items")
    if built:
        _charge_built(size)
    return value


def _charge_built(size: int) -> None:
    """Count ``size`` characters or items a template just built toward the letter's
    ``built_chars``. Each value is held to ``output_chars`` on its own; without a
    total, a template could keep thousands of them alive at once (a tuple, a
    cycler, many ``{% set %}`` names of 200,000 characters each)."""
    meter = current_meter.get()
    if meter is None:
        return
    meter.built += size
    if meter.built > meter.limits.built_chars:
        raise LimitExceeded(f"the values this letter's templates built passed "
                            f"{meter.limits.built_chars:,} characters or items in all")


_SCALARS = (float, bool, type(None), _dt.date, _dt.time, _dt.timedelta)


def _predicted(size: int, what: str, message: str | None = None) -> None:
    """Refuse work whose result would be over the size cap, before doing it."""
    cap = _limits().output_chars
    if size > cap:
        raise LimitExceeded(message or f"{what} would produce more than {cap:,} characters")


def _width(number: Any, what: str) -> None:
    cap = _limits().width
    if isinstance(number, int) and not isinstance(number, bool) and abs(number) > cap:
        raise LimitExceeded(f"a width of {number:,} refused (the limit is {cap})")


def _as_count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return value


#: A %-conversion: optional (key), flags, width, precision, conversion.
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)",
                           re.DOTALL)
#: A {}-format field whose spec has a number of four digits or more, or a nested field.
_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?(\d{4,}|\{)")


def _check_percent(fmt: str) -> None:
    """Refuse %-formatting whose width or precision is huge or taken from an argument."""
    cap = _limits().width
    for match in _PERCENT_SPEC.finditer(fmt):
        for number in match.group(1, 2):
            if number == "*" or (number is not None and
                                 (len(number) > 9 or int(number) >= cap)):
                raise LimitExceeded(f"a %-format width over {cap - 1:,} refused in a "
                                    "template")


def _check_braces(fmt: str) -> None:
    if _FORMAT_WIDTH.search(fmt):
        raise LimitExceeded("a format width over 999 refused in a template")


def _check_fields_size(fmt: str, marker: str, values: Iterable[Any], what: str) -> None:
    """Refuse formatting whose result could pass the size cap, before it is built.

    A format string may name one argument in every field, so the result can be
    as long as the number of fields times the largest argument (plus a width);
    that bound is cheap to take and is checked before Python builds anything."""
    fields = fmt.count(marker)
    if not fields:
        return
    limits = _limits()
    largest = max([0, *(size_of(value, limits.output_chars) for value in values)])
    _predicted(len(fmt) + fields * (largest + limits.width), what)


def _check_arguments(values: Iterable[Any], what: str) -> None:
    """Arguments that will be turned into text must be data, and not too big to be."""
    for item in values:
        require_data(item, what)
        check_size(item, what)


# -- str methods whose result size is known before they run ------------------------------

def _str_method_size(text: str, name: str, args: tuple[Any, ...],
                     kwargs: dict[str, Any]) -> int | None:
    """The size a str method's result will have, for the methods that can grow text."""
    if name in ("ljust", "rjust", "center", "zfill"):
        width = args[0] if args else kwargs.get("width", 0)
        return max(len(text), _as_count(width))
    if name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        return len(text) + text.count("\t") * max(_as_count(size), 0)
    if name == "replace":
        old = args[0] if args else kwargs.get("old", "")
        new = args[1] if len(args) > 1 else kwargs.get("new", "")
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        return _replaced_size(text, old, new, count)
    if name == "join":
        return None  # measured by the caller, which has to materialise the items
    if name == "translate":
        table = args[0] if args else None
        longest = 1
        if isinstance(table, dict):
            longest = max([1, *(len(v) for v in table.values() if isinstance(v, str))])
        elif isinstance(table, list | tuple):
            longest = max([1, *(len(v) for v in table if isinstance(v, str))])
        elif table is not None:
            return None
        return len(text) * longest
    return None


def _replaced_size(text: str, old: Any, new: Any, count: Any) -> int:
    if not isinstance(old, str) or not isinstance(new, str):
        return len(text)
    hits = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        hits = min(hits, count)
    return len(text) + hits * (len(new) - len(old))


class PackLoader(jinja2.FileSystemLoader):
    """Includes from the pack's own folders only. The path is checked before a
    byte is read: a symbolic link that leads out of the pack is refused like a
    '../' path, and only a regular file of bounded size is read (never a pipe
    or a device)."""

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        from jinja2.loaders import split_template_path

        from .confine import Refusal, Refused, read_inside, resolve_inside

        relative = "/".join(split_template_path(template))
        for searchpath in self.searchpath:
            root = Path(searchpath)
            try:
                raw = read_inside(root, relative, MAX_INCLUDE_BYTES)
            except Refused as refused:
                if refused.reason is Refusal.TOO_BIG:
                    raise LimitExceeded(f"included file {quoted(template)} is over the limit of "
                                        f"{MAX_INCLUDE_BYTES:,} bytes") from None
                if refused.reason is Refusal.LINKED:
                    raise jinja2.TemplateNotFound(
                        template, f"{quoted(template)} is a hard link (a file with another name); "
                                  "copy the file instead of linking it") from None
                continue
            filename = str(resolve_inside(root, relative))
            # a byte-order mark is not part of the text (check reports it as RJ128)
            text = raw.decode(self.encoding).removeprefix("\ufeff")
            _charge_include(environment, template, len(text))
            return text, filename, lambda: True
        raise jinja2.TemplateNotFound(template)


def _charge_include(environment: jinja2.Environment, template: str, size: int) -> None:
    """An included file is compiled like a pack's own template: it may be no longer
    than one, and it counts against the pack's bound on all template source, so the
    files a letter includes cannot make composing compile without end."""
    from .templates import MAX_PACK_TEMPLATE_CHARS, MAX_TEMPLATE_CHARS

    if size > MAX_TEMPLATE_CHARS:
        raise LimitExceeded(f"included file {quoted(template)} is longer than a template may "
                            f"be ({MAX_TEMPLATE_CHARS:,} characters)")
    if isinstance(environment, LetterSandbox) and not environment.charge_source(size):
        raise LimitExceeded(f"including {quoted(template)} takes the pack's templates past "
                            f"{MAX_PACK_TEMPLATE_CHARS:,} characters in all")


class _MeteredCode(CodeGenerator):
    """Code generation with the hooks the budgets need.

    ``a ~ b`` compiles to the environment's bounded join (Jinja's own join is
    one C call that nothing can interrupt), and a ``{% filter %}`` block's
    result goes through the environment before it is written, so the data
    passed to its filter is not written as markup.
    """

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:
        """An include counts one level of :data:`MAX_TEMPLATE_DEPTH` while it runs."""
        self.writeline("include_level = environment.enter_template('an {% include %}')", node)
        self.writeline("try:")
        self.indent()
        super().visit_Include(node, frame)
        self.outdent()
        self.writeline("finally:")
        self.indent()
        self.writeline("environment.leave_template(include_level)")
        self.outdent()

    def visit_Extends(self, node: nodes.Extends, frame: Frame) -> None:
        """An extends counts one level of :data:`MAX_TEMPLATE_DEPTH`: the parent is
        rendered at the end of this template, so the level stays taken until the
        include, macro call or render around it gives it back."""
        self.writeline("environment.enter_template('an {% extends %}')", node)
        super().visit_Extends(node, frame)

    def visit_FilterBlock(self, node: nodes.FilterBlock, frame: Frame) -> None:
        filter_frame = frame.inner()
        filter_frame.symbols.analyze_node(node)
        self.enter_frame(filter_frame)
        self.buffer(filter_frame)
        self.blockvisit(node.body, filter_frame)
        self.start_write(frame, node)
        self.write("environment.filter_block_result(")
        self.visit_Filter(node.filter, filter_frame)
        self.write(")")
        self.end_write(frame)
        self.leave_frame(filter_frame)


class _Meter(NodeTransformer):
    """Rewrites a parsed template so loops and literals pass through the environment:
    every loop turn is a metered step, and a list or mapping written in a
    template is measured like any other value built."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        iterable = node.iter
        assert isinstance(iterable, nodes.Expr)
        node.iter = _env_call("metered_iter", iterable)
        return node

    def visit_List(self, node: nodes.List) -> nodes.Node:
        self.generic_visit(node)
        return _env_call("built", node)

    def visit_Dict(self, node: nodes.Dict) -> nodes.Node:
        self.generic_visit(node)
        return _env_call("built", node)

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:
        self.generic_visit(node)
        return _env_call("built", node) if node.ctx == "load" else node


def _env_call(name: str, argument: nodes.Expr) -> nodes.Call:
    call = nodes.Call(nodes.EnvironmentAttribute(name), [argument], [], None, None)
    call.set_lineno(argument.lineno or 1)
    return call


_TYPES_WITHOUT_ATTRIBUTES = (type, types.ModuleType)
_MUTABLE = (abc.MutableSet, abc.MutableMapping, abc.MutableSequence, deque, bytearray)
_DESCRIPTORS = (types.MethodDescriptorType, types.WrapperDescriptorType,
                types.ClassMethodDescriptorType, types.MethodWrapperType,
                types.GetSetDescriptorType, types.MemberDescriptorType)


def _changes_its_object(value: Any) -> bool:
    """Whether a callable is a method bound to a mutable container (``d.update``).

    Any method of a list, dict or set is refused unless it is known to only
    read: a reading method set is short and fixed, a changing one is not.
    """
    owner = getattr(value, "__self__", None)
    if owner is None or not isinstance(owner, _MUTABLE):
        return False
    return getattr(value, "__name__", "") not in _READING_METHODS


#: Methods that make bytes (``int.to_bytes``, ``str.encode``): refused by name before
#: they run, since their size comes from an argument and bytes are refused anyway.
_MAKES_BYTES = frozenset({"to_bytes", "encode"})

_READING_METHODS = frozenset({
    "copy", "count", "index", "get", "items", "keys", "values", "isdisjoint", "issubset",
    "issuperset", "union", "intersection", "difference", "symmetric_difference",
    "fromkeys",
})


class _FreshImportTemplate(jinja2.Template):
    """A template whose ``{% import %}`` gives a new module every time.

    Jinja keeps the module of a template imported without context on the
    template itself, so a namespace set up in it would carry what one letter
    wrote into it over to the next letter, recipient or user of the same loaded
    pack. Building the module afresh keeps every letter to its own data.
    """

    def _get_default_module(self, ctx: jinja2.runtime.Context | None = None) -> Any:
        level = _enter("an {% import %}")
        try:
            if ctx is not None:
                keys = ctx.globals_keys - self.globals.keys()
                if keys:
                    return self.make_module({k: ctx.parent[k] for k in keys})
            return self.make_module()
        finally:
            _leave(level)

    def make_module(self, vars: dict[str, Any] | None = None, shared: bool = False,
                    locals: Mapping[str, Any] | None = None) -> Any:
        level = _enter("an {% import %}")  # ``import ... with context`` comes here
        try:
            return super().make_module(vars, shared, locals)
        finally:
            _leave(level)


class LetterSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox that meters every step and bounds every value it builds."""

    code_generator_class = _MeteredCode
    template_class = _FreshImportTemplate
    #: characters of template source compiled for this pack so far: its own templates
    #: at load, and every file ``{% include %}`` compiles later
    source_chars = 0
    _source_lock = threading.Lock()

    def charge_source(self, size: int) -> bool:
        """Count ``size`` characters of template source to be compiled; False once the
        pack's templates would pass ``templates.MAX_PACK_TEMPLATE_CHARS`` in all."""
        from .templates import MAX_PACK_TEMPLATE_CHARS

        with self._source_lock:
            self.source_chars += size
            return self.source_chars <= MAX_PACK_TEMPLATE_CHARS
    intercepted_binops = frozenset({"*", "**", "+", "-", "/", "//", "%"})
    intercepted_unops = frozenset({"-", "+"})

    # -- compiling ---------------------------------------------------------------------
    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as one plain dict rather than a chain over the
        environment's. Every render copies the globals into a new context and lists
        their names; over a chain that costs a Python-level walk per render, over a
        dict a C copy. The environment's globals are all set when it is made
        (:func:`make_environment`) and never change, so the copy cannot go stale,
        and writing to a template's globals still leaves the environment's alone."""
        return {**self.globals, **(d or {})}

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every template handed to Jinja is checked for nesting before it is parsed,
        including the files ``{% include %}``, ``{% import %}`` and ``{% extends %}``
        compile while a letter is composed: the pack's own templates are checked at
        load, and a file they include must not be the way around that."""
        try:
            deep = token_problem(self.lex(source, name, filename))
        except jinja2.TemplateSyntaxError:
            deep = None  # the parser reports it, at its line
        if deep is not None:
            raise LimitExceeded(f"{name or 'a template'} nests too deeply at line {deep[0]}: "
                                f"{deep[1]}")
        return super()._parse(source, name, filename)

    def _generate(self, source: nodes.Template, name: str | None, filename: str | None,
                  defer_init: bool = False) -> str:
        # Python's compiler recurses over what the template nests, on the C stack:
        # past the bound, a thread with a small stack would end the whole process
        deep = tree_problem(source)
        if deep is not None:
            raise LimitExceeded(f"{name or 'a template'} nests too deeply at line {deep[0]}: "
                                f"{deep[1]}")
        metered = _Meter().visit(source)
        assert isinstance(metered, nodes.Template)
        return super()._generate(metered, name, filename, defer_init)

    # -- reaching things ---------------------------------------------------------------
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, Rendered) and not hasattr(str, attr):
            return False  # its marked form would show the tokens, not the values
        if isinstance(obj, _TYPES_WITHOUT_ATTRIBUTES):
            return False  # dict.update(data, …) would change data through its class
        if isinstance(value, _DESCRIPTORS) or _changes_its_object(value):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def is_safe_callable(self, obj: Any) -> bool:
        if isinstance(obj, _DESCRIPTORS) or _changes_its_object(obj):
            return False
        return super().is_safe_callable(obj)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _step()
        return super().getitem(obj, argument)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any,
             *args: Any, **kwargs: Any) -> Any:
        if getattr(__obj, "__self__", None) is __self:
            return __obj(*args)  # one of the hooks below, put in by _Meter
        _step()
        if not __self.is_safe_callable(__obj):
            raise SecurityError(f"{type(__obj).__name__} is not safely callable")
        if isinstance(__obj, LoopContext) and len(args) == 1:
            args = (__self.metered_iter(args[0]),)  # a recursive loop's next level
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(name, str) and name in _MAKES_BYTES:
            # refused before it runs: the bytes would be allocated first (to_bytes of a
            # length in the billions), and a letter has no use for them anyway
            raise LimitExceeded(f"{name}() made bytes; templates work with text only")
        if isinstance(owner, str):
            # every method of a text, the Python-level ones of Markup included, is
            # sized before it runs: Markup's center() or join() allocate like str's
            if name == "join" and args:
                items = list(__self.metered_iter(args[0]))
                _check_arguments(items, "join()")
                # Markup escapes every item first: an '&' becomes five characters
                growth = 5 if isinstance(owner, Markup) else 1
                _predicted(sum(len(str(item)) for item in items) * growth
                           + len(owner) * max(len(items) - 1, 0), "join()")
                args = (items, *args[1:])
            else:
                predicted = _str_method_size(owner, name, args, kwargs)
                if predicted is not None:
                    _predicted(predicted, f"{name}()")
        for value in (*args, *kwargs.values()):
            if isinstance(value, decimal.Decimal | list | tuple | dict):
                check_size(value, f"{name or 'a call'}()")
        if isinstance(__obj, Macro | LoopContext):  # a template calling into a template
            level = _enter("a macro call" if isinstance(__obj, Macro) else "a recursive loop")
            try:
                result = __context.call(__obj, *args, **kwargs)
            finally:
                _leave(level)
        else:
            result = __context.call(__obj, *args, **kwargs)
        return check_size(result, f"{name or 'a call'}()", built=True)

    def enter_template(self, what: str) -> int:
        """For compiled includes: one level deeper (:data:`MAX_TEMPLATE_DEPTH`)."""
        return _enter(what)

    def leave_template(self, level: int) -> None:
        _leave(level)

    # -- operators ---------------------------------------------------------------------
    def call_binop(self, context: jinja2.runtime.Context, operator_name: str,
                   left: Any, right: Any) -> Any:
        _step()
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > 64:
                raise LimitExceeded("exponent over 64 refused in a template")
            if isinstance(left, int) and isinstance(right, int) and right > 0 and \
                    left.bit_length() * right > MAX_INT_BITS:
                raise LimitExceeded(f"'**' would build a number of more than "
                                    f"{MAX_INT_BITS:,} bits")
        elif operator_name == "%" and isinstance(left, str):
            _check_percent(_format_text(left))
            _check_arguments(right if isinstance(right, tuple) else (right,), "'%'")
            if isinstance(right, dict):
                _check_arguments(right.values(), "'%'")
            _check_fields_size(left, "%", (right,), "'%'")
            if isinstance(left, Rendered):
                _check_rendered_conversions(left.marked)
                arguments: Any = (tuple(_marked_text(item) for item in right)
                                  if isinstance(right, tuple) else
                                  {key: _marked_text(item) for key, item in right.items()}
                                  if isinstance(right, dict) else _marked_text(right))
                inserted = (arguments.values() if isinstance(arguments, dict) else
                            arguments if isinstance(arguments, tuple) else (arguments,))
                return _reshaped(_formatted(left.marked % arguments), left.marked,
                                 inserted, "'%'")
        elif operator_name == "*":
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    raise LimitExceeded(f"'*' would build a number of more than "
                                        f"{MAX_INT_BITS:,} bits")
            else:
                size = _repeated_size(left, right)
                _predicted(size, "repetition", f"repetition would produce {size:,} items; "
                           f"the limit is {_limits().output_chars:,}")
        elif operator_name == "+" and isinstance(left, str | list | tuple) \
                and isinstance(right, str | list | tuple):
            limit = _limits().output_chars
            _predicted(size_of(left, limit) + size_of(right, limit), "'+'",
                       "concatenation over the output limit refused")
            if isinstance(left, Rendered) or isinstance(right, Rendered):
                return self.bounded_concat((left, right))
        result = self.binop_table[operator_name](left, right)
        if operator_name == "%" and isinstance(result, str):
            return _formatted(result)
        return check_size(result, f"'{operator_name}'", built=True)

    def call_unop(self, context: jinja2.runtime.Context, operator_name: str, arg: Any) -> Any:
        _step()
        return self.unop_table[operator_name](arg)

    # -- hooks the generated code calls ------------------------------------------------
    def metered_iter(self, iterable: Any) -> Iterator[Any]:
        """Iterate, one metered step per item."""
        meter = current_meter.get()
        if meter is None:
            yield from iterable
            return
        for item in iterable:
            meter.step()
            yield item

    def built(self, value: Any) -> Any:
        """A list, tuple or mapping written in the template, measured like any other;
        its own slots count toward ``built_chars`` (its items were counted when
        they were built, or were already there)."""
        _step()
        check_size(value, "a literal")
        _charge_built(len(value) + 1)
        return value

    def bounded_concat(self, parts: Iterable[Any]) -> str:
        """``a ~ b``: measured before it is joined. Rendered text joined with data
        stays rendered text, with the data made into tokens."""
        _step()
        parts = tuple(parts)
        for part in parts:
            require_data(part, "'~'")
            check_size(part, "'~'")
        rendered = any(isinstance(part, Rendered) for part in parts)
        if rendered:
            texts = [_marked_text(part) for part in parts]
        else:
            texts = [textfmt.plain_value(part) if isinstance(part, list | tuple)
                     else str(part) for part in parts]
        size = sum(len(text) for text in texts)
        _predicted(size, "'~'")
        _charge_built(size)
        joined = "".join(texts)
        return Rendered(joined) if rendered else joined

    def concat(self, parts: Iterable[str]) -> str:
        """Joins a macro's, ``{% set %}`` block's or filter block's output: measured
        first, and marked as rendered template text rather than data."""
        pieces = [_finalize(piece) if isinstance(piece, Rendered) else piece for piece in parts]
        size = sum(len(piece) for piece in pieces)
        _predicted(size, "a block's output")
        _charge_built(size)
        return Rendered("".join(pieces))

    def filter_block_result(self, value: Any) -> str:
        """What a ``{% filter %}`` block writes: rendered text as it is, anything
        else (text a filter mixed data into) as data."""
        return _finalize(value)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        def bounded(*args: Any, **kwargs: Any) -> str:
            _step()
            _check_arguments((*args, *kwargs.values()), "format()")
            for item in args:
                if isinstance(item, dict):
                    _check_arguments(item.values(), "format()")
            if isinstance(fmt, str):
                _check_braces(fmt)
                _check_fields_size(fmt, "{", (*args, *kwargs.values()), "format()")
            result = _formatted(wrapped(*args, **kwargs))
            # Jinja gives the result the format string's own type; from rendered
            # text that would make the values formatted into it template text,
            # and so markup. Formatted from the real text, it is data.
            return str.__str__(result) if isinstance(result, Rendered) else result
        return bounded


def _formatted(text: str) -> str:
    if len(text) > _limits().output_chars:
        raise LimitExceeded("formatted text over the output limit refused")
    _charge_built(len(text))
    return text


def _repeated_size(left: Any, right: Any) -> int:
    limit = _limits().output_chars
    if isinstance(left, str | list | tuple) and isinstance(right, int):
        return size_of(left, limit) * right
    if isinstance(right, str | list | tuple) and isinstance(left, int):
        return size_of(right, limit) * left
    return 0


def _marked_text(value: Any) -> Any:
    """A value inserted into rendered template text, in marked form: data made into
    a token as printed data is, rendered text as its own marked text; numbers
    stay numbers, so ``%d`` still works."""
    if not isinstance(value, str | list | tuple | dict):
        return value
    return _finalize(value)


def _format_text(value: str) -> str:
    """The text whose %-conversions will run: for rendered text, its marked form."""
    return value.marked if isinstance(value, Rendered) else value


def _reshaped(result: Any, kept: str, inserted: Iterable[Any], what: str) -> Any:
    """Rendered text made from marked text: refused if the operation cut a token or
    changed which value one stands for, so no token character can reach output."""
    if not isinstance(result, str):
        return result
    check_size(result, what)
    if broken_tokens(result, kept, tuple(item for item in inserted if isinstance(item, str))):
        raise LimitExceeded(f"{what} would cut into a data value inside rendered text; "
                            "apply it to the value itself, or print the value after it")
    return Rendered(result)


def _finalize(value: Any) -> str:
    _step()
    require_data(value, "a template")
    check_size(value, "printing a value")
    finalizer = current_finalizer.get()
    if finalizer is not None:
        return finalizer(value)
    return textfmt.plain_value(value)


def _bounded_range(*args: int) -> range:
    _step()
    result = range(*args)
    meter = current_meter.get()
    cap = meter.limits.range_items if meter is not None else current_limits().range_items
    remaining = meter.range_left if meter is not None else cap
    if len(result) > remaining:
        raise LimitExceeded(f"range() of {len(result):,} items is over the limit of "
                            f"{cap:,} per letter")
    if meter is not None:
        meter.range_left -= len(result)
    return result


# -- filters ------------------------------------------------------------------------------

def _unwrap(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The filter's own arguments, without the environment or context Jinja passes first."""
    passed = (jinja2.Environment, nodes.EvalContext, jinja2.runtime.Context)
    return args[1:] if args and isinstance(args[0], passed) else args


def _check_center(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    _width(args[1] if len(args) > 1 else kwargs.get("width", 80), "center")


def _check_indent(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    width = args[1] if len(args) > 1 else kwargs.get("width", 4)
    text = args[0] if args else ""
    lines = (text.count("\n") + 1) if isinstance(text, str) else 1
    if isinstance(width, str):
        _predicted(len(str(text)) + lines * len(width), "indent()")
    else:
        _width(width, "indent")
        _predicted(len(str(text)) + lines * max(_as_count(width), 0), "indent()")


def _check_wordwrap(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    width = args[1] if len(args) > 1 else kwargs.get("width", 79)
    _width(width, "wordwrap")
    text = str(args[0]) if args else ""
    wrap = args[3] if len(args) > 3 else kwargs.get("wrapstring")
    if isinstance(wrap, str) and isinstance(width, int) and width > 0:
        lines = 2 * len(text) // width + text.count("\n") + 2
        _predicted(len(text) + lines * len(wrap), "wordwrap()")


def _check_truncate(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    length = args[1] if len(args) > 1 else kwargs.get("length", 255)
    _width(length, "truncate")
    leeway = args[4] if len(args) > 4 else kwargs.get("leeway")
    _width(leeway, "truncate")
    end = args[3] if len(args) > 3 else kwargs.get("end", "...")
    if isinstance(length, int) and isinstance(end, str) and len(end) > length:
        # Jinja asserts this, and an assertion is not an error a letter can report
        raise ValueError(f"truncate's end text is {len(end):,} characters, longer than "
                         f"the length {length:,}")
    if isinstance(leeway, int) and leeway < 0:
        raise ValueError(f"truncate's leeway is {leeway:,}; it may not be negative")


def _check_batch(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    count = _as_count(args[1] if len(args) > 1 else kwargs.get("linecount", 0))
    fill = args[2] if len(args) > 2 else kwargs.get("fill_with")
    _predicted(count, "batch()")
    if fill is not None:
        _predicted(count * size_of(fill, _limits().output_chars), "batch()")


def _check_slice(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    count = _as_count(args[1] if len(args) > 1 else kwargs.get("slices", 0))
    fill = args[2] if len(args) > 2 else kwargs.get("fill_with")
    _predicted(count, "slice()")
    if fill is not None:
        _predicted(count * size_of(fill, _limits().output_chars), "slice()")


def _check_format(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if args and isinstance(args[0], str):
        _check_percent(_format_text(args[0]))
        _check_fields_size(args[0], "%", (*args[1:], *kwargs.values()), "format")
    _check_arguments((*args, *kwargs.values()), "format")


def _check_texts(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if args:
        require_data(args[0], "this filter")


def _check_urlize(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``target`` and ``rel`` are written into every link urlize makes, so a long one
    multiplies the text by the number of words: measured before it runs."""
    text = str(args[0]) if args else ""
    extra = 0
    for position, name in ((3, "target"), (4, "rel")):
        value = args[position] if len(args) > position else kwargs.get(name)
        if isinstance(value, str):
            extra += len(value)
    if extra:
        links = len(text.split()) + 1
        _predicted(2 * len(text) + links * (extra + 64), "urlize()")


@jinja2.pass_eval_context
def _bounded_tojson(eval_ctx: nodes.EvalContext, value: Any, indent: Any = None) -> Markup:
    """``tojson`` written out piece by piece and stopped at the output cap: the
    built-in one makes the whole text in one call, and an indent repeated on every
    line of a long list makes gigabytes before anything could measure them. An
    indent (a number of spaces, or the text itself) may be at most the width limit."""
    cap = _limits().width
    if isinstance(indent, str) and len(indent) > cap:
        raise LimitExceeded(f"a tojson indent of {len(indent):,} characters refused "
                            f"(the limit is {cap})")
    _width(indent, "tojson")
    encoder = json.JSONEncoder(sort_keys=True, indent=indent)
    pieces: list[str] = []
    total, limit = 0, _limits().output_chars
    for piece in encoder.iterencode(value):
        _step()
        total += len(piece)
        if total > limit:
            raise LimitExceeded(f"tojson would produce more than {limit:,} characters")
        pieces.append(piece)
    text = "".join(pieces)
    # the same characters escaped as Jinja's own tojson, so it is safe in HTML too
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("&", "\\u0026").replace("'", "\\u0027"))


#: Checks a filter's arguments before it runs, where its result size is known.
_PRECHECKS: dict[str, Callable[[tuple[Any, ...], dict[str, Any]], None]] = {
    "center": _check_center, "indent": _check_indent, "wordwrap": _check_wordwrap,
    "truncate": _check_truncate, "batch": _check_batch, "slice": _check_slice,
    "format": _check_format, "string": _check_texts,
    "tojson": _check_texts, "urlize": _check_urlize,
}


#: Filters that only reshape the text they are given, inserting nothing but their
#: text arguments, and never measuring or cutting it: applied to rendered template
#: text, they run on its marked form and give rendered text, with those arguments
#: made into tokens. Any other filter (``truncate``, ``wordwrap``, ``center``,
#: ``reverse``, ``list``, …) sees the real text and gives data.
_RESHAPING = frozenset({"trim", "upper", "lower", "title", "capitalize", "indent",
                        "replace", "format"})
#: Arguments of a reshaping filter that say what to look for, not text to put in,
#: so they are not made into tokens: by position after the value, and by name.
_PATTERN_ARGUMENTS = {"replace": (1, "old"), "trim": (1, "chars")}


def _metered(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter or test that takes a step, checks what it can before running, and
    measures what it built after."""
    precheck = _PRECHECKS.get(name)
    reshaping = name in _RESHAPING

    def metered(*args: Any, **kwargs: Any) -> Any:
        _step()
        own = _unwrap(args)
        if precheck is not None:
            precheck(own, kwargs)
        for value in (*own, *kwargs.values()):
            if isinstance(value, decimal.Decimal | list | tuple | dict):
                check_size(value, name)
        if reshaping and own and isinstance(own[0], Rendered):
            return _reshape_rendered(name, function, args, own, kwargs)
        result = function(*args, **kwargs)
        if isinstance(result, types.GeneratorType):
            return _measured_items(result, name)
        if name == "format" and isinstance(result, str):
            return _formatted(result)
        return check_size(result, name, built=True)

    metered.__name__ = getattr(function, "__name__", name)
    metered.__doc__ = function.__doc__
    if hasattr(function, "jinja_pass_arg"):
        metered.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return metered


def _reshape_rendered(name: str, function: Callable[..., Any], args: tuple[Any, ...],
                      own: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """A reshaping filter applied to rendered text: run on the marked form, with the
    text it inserts made into tokens, and checked to have left every token whole."""
    marked = own[0].marked
    if name == "replace":
        return _replace_rendered(marked, own[1:], kwargs)
    if name == "format":
        _check_rendered_conversions(marked)
    passed = len(args) - len(own)
    raw_count, raw_name = _PATTERN_ARGUMENTS.get(name, (0, ""))
    raw = own[1:1 + raw_count]
    inserted = tuple(_marked_text(arg) for arg in own[1 + raw_count:])
    named = {key: (value if key == raw_name else _marked_text(value))
             for key, value in kwargs.items()}
    result = function(*args[:passed], marked, *raw, *inserted, **named)
    return _reshaped(result, marked, (*inserted, *named.values()), name)


def _replace_rendered(marked: str, positional: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``replace`` on rendered text: only the pack's own text is searched, and the
    new text goes in as data."""
    old = positional[0] if positional else kwargs.get("old", "")
    new = positional[1] if len(positional) > 1 else kwargs.get("new", "")
    count = positional[2] if len(positional) > 2 else kwargs.get("count")
    for item in (old, new):
        require_data(item, "replace()")
    new_marked = _marked_text(new)
    new_text = new_marked if isinstance(new_marked, str) else textfmt.plain_value(new_marked)
    old_text = str(old)
    limit = count if isinstance(count, int) and not isinstance(count, bool) else -1
    _predicted(_replaced_size(marked, old_text, new_text, limit), "replace()")
    result = replace_outside_tokens(marked, old_text, new_text, limit)
    return _reshaped(result, marked, (new_text,), "replace")


def _check_rendered_conversions(marked: str) -> None:
    """%r and %a would print a token's characters escaped; refuse them on rendered text."""
    for match in _PERCENT_SPEC.finditer(marked):
        if match.group(3) in ("r", "a"):
            raise LimitExceeded(f"%{match.group(3)} refused in rendered template text")


def _measured_items(items: Iterator[Any], name: str) -> Iterator[Any]:
    """A filter's lazy result, one step per item, its items measured together: what
    ``|list`` or ``|join`` would collect from it stays under the cap."""
    cap = _limits().output_chars
    total = 0
    for item in items:
        _step()
        total += size_of(item, cap) + 1
        if total > cap:
            raise LimitExceeded(f"{name} would produce more than {cap:,} characters or items")
        yield item


def _bounded_replace(value: Any, old: Any, new: Any, count: int | None = None) -> str:
    """replace() whose result size is known before the work is done; replacing in
    rendered template text keeps it rendered text, with the new text as data."""
    for item in (value, old, new):
        require_data(item, "replace()")
    text, old_text, new_text = str(value), str(old), str(new)
    hits = text.count(old_text) if old_text else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    _predicted(len(text) + hits * (len(new_text) - len(old_text)), "replace()")
    return text.replace(old_text, new_text, -1 if count is None else count)


def _bounded_join(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    """join() whose result size is known before the work is done."""
    def bounded(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = list(value)
        for item in items:
            _step()
            require_data(item, "join()")
            check_size(item, "join()")
        total = sum(len(str(item)) for item in items) + len(str(d)) * max(len(items) - 1, 0)
        _predicted(total, "join()")
        return filter_function(eval_ctx, items, d, attribute)
    bounded.jinja_pass_arg = filter_function.jinja_pass_arg  # type: ignore[attr-defined]
    return bounded


@jinja2.pass_environment
def _metered_sum(environment: LetterSandbox, iterable: Any, attribute: Any = None,
                 start: Any = 0) -> Any:
    """sum() one metered, measured addition at a time: the built-in sum of lists is
    one C call whose cost grows with the square of the items."""
    items: Iterable[Any] = iterable
    if attribute is not None:
        getter = jinja2.filters.make_attrgetter(environment, attribute)
        items = map(getter, iterable)
    total = start
    for item in items:
        total = environment.call_binop(None, "+", total, item)  # type: ignore[arg-type]
    return total


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
    env.filters.pop("pprint", None)  # a debugging aid, and slow on big values in one step
    env.filters["replace"] = _bounded_replace
    env.filters["join"] = _bounded_join(env.filters["join"])
    env.filters["sum"] = _metered_sum
    env.filters["tojson"] = _bounded_tojson
    env.filters["join_names"] = lambda items: textfmt.join_names(items, language)
    env.filters["longdate"] = lambda value: textfmt.long_date(value, language)
    env.filters["add_days"] = textfmt.add_days
    env.filters.update(letter_filters(language))
    for name, filter_function in list(env.filters.items()):
        env.filters[name] = _metered(name, filter_function)
    tests: dict[str, Any] = env.tests
    for name, test_function in list(tests.items()):
        tests[name] = _metered(name, test_function)
    return env


def render_limited(template: jinja2.Template, context: dict[str, Any],
                   finalizer: Finalizer | None) -> str:
    """Render with a value formatter and an output cap, streaming so a bomb stops early."""
    token = current_finalizer.set(finalizer)
    level = getattr(_depth, "level", 0)
    _depth.level = 0  # each render starts at the top, whatever a dropped one left
    try:
        return _join_capped(template.generate(context))
    finally:
        _depth.level = level
        current_finalizer.reset(token)


def evaluate_limited(expression: Callable[..., Any], context: dict[str, Any]) -> Any:
    """Evaluate a compiled expression (a section's ``when``) under the same budgets:
    its result is measured like any value a template builds."""
    return check_size(expression(**context), "the condition")


def _join_capped(chunks: Iterable[str]) -> str:
    parts: list[str] = []
    total = 0
    cap = _limits().output_chars
    for chunk in chunks:
        if isinstance(chunk, Rendered):
            chunk = _finalize(chunk)  # a {% call %} block writes its macro's result as it is
        total += len(chunk)
        if total > cap:
            raise LimitExceeded(f"template output passed the limit of {cap:,} characters")
        parts.append(chunk)
    return "".join(parts)

