"""Judging what a program passes to the public functions, at the door.

A host program may hand a public function anything: a pack name where a loaded
pack belongs, ``None`` for a file name, a dict for an option. Such a value is
refused before it is used, as an :class:`~rejectlet.errors.ArgumentError` at
the argument (``compose(pack)``), instead of failing deep inside as an
``AttributeError``. A value is judged by its type alone (``issubclass`` of its
type), so an object whose own ``__class__`` or ``__getattribute__`` raises
never runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, overload

from .diagnostics import Location
from .errors import ArgumentError
from .type_reading import kind_module, kind_qualname, type_is

#: A file name, as the functions that open files take it.
PATH_TYPES: tuple[type, ...] = (str, os.PathLike)


def expect(value: Any, types: type | tuple[type, ...], where: str, wanted: str, *,
           optional: bool = False) -> None:
    """Refuse ``value`` unless it is of ``types`` (or None, when ``optional``);
    ``where`` names the argument as ``function(name)``, ``wanted`` says in words
    what belongs there."""
    if optional and value is None:
        return
    if not type_is(type(value), types):
        raise ArgumentError(f"{where} takes {wanted}, not {type_name(value)}",
                            Location.of_argument(where),
                            hint=f"pass {wanted}")


def expect_path(value: Any, where: str, *, optional: bool = False) -> None:
    """Refuse anything but a file name (a str or a path), or a name holding a NUL."""
    expect(value, PATH_TYPES, where, "a file name (a str or a pathlib.Path)",
           optional=optional)
    if issubclass(type(value), str) and "\0" in str.__str__(value):
        raise ArgumentError(f"{where} holds a NUL character, which no file name can",
                            Location.of_argument(where), hint="pass the file's real name")


@overload
def path_argument(value: Any, where: str) -> str | Path: ...
@overload
def path_argument(value: Any, where: str, *, optional: bool) -> str | Path | None: ...


def path_argument(value: Any, where: str, *, optional: bool = False) -> str | Path | None:
    """A file name argument as plain data: a ``str`` (a subclass read as its text),
    or a :class:`~pathlib.Path` made from a path-like object's own name.

    A path-like object's ``__fspath__`` is the program's code: it is asked once,
    here, and whatever it raises (or a name it returns that is no str or bytes)
    is an :class:`ArgumentError` at the argument, never an exception from deeper
    in; every later use reads the plain value returned."""
    expect_path(value, where, optional=optional)
    if value is None:
        return None
    if issubclass(type(value), str):
        return str.__str__(value)
    try:
        name = os.fspath(value)
    except Exception as exc:  # the program's own __fspath__ failed
        raise ArgumentError(f"{where} takes a file name, but the object's __fspath__ "
                            f"raised {type(exc).__name__}", Location.of_argument(where),
                            hint="pass a str or a pathlib.Path") from None
    text = os.fsdecode(bytes(name)) if issubclass(type(name), bytes) else str.__str__(name)
    if "\0" in text:
        raise ArgumentError(f"{where} holds a NUL character, which no file name can",
                            Location.of_argument(where), hint="pass the file's real name")
    return Path(text)


def expect_items(value: Any, item_types: type | tuple[type, ...], where: str,
                 wanted: str) -> tuple[Any, ...]:
    """Refuse ``value`` unless it is a list or a tuple whose every item is of
    ``item_types``; ``wanted`` says in words what belongs there. A wrong item is
    named by its place (``item 2``), so the host finds it in its own list.

    The items are read through the base type (``list.__iter__``), never a
    subclass's own ``__iter__``, which may never end; the caller uses the plain
    tuple returned, not the value again."""
    if not type_is(type(value), (list, tuple)):
        raise ArgumentError(f"{where} takes {wanted}, not {type_name(value)}",
                            Location.of_argument(where), hint=f"pass {wanted}")
    items = tuple(list.__iter__(value) if issubclass(type(value), list)
                  else tuple.__iter__(value))
    for index, item in enumerate(items):
        if not type_is(type(item), item_types):
            raise ArgumentError(f"{where} takes {wanted}, but item {index + 1} is "
                                f"{type_name(item)}", Location.of_argument(where),
                                hint=f"pass {wanted}")
    return items


def type_name(value: Any) -> str:
    """How a message names a value's type: ``None``, ``a list``, ``a mymod.Thing``."""
    kind = type(value)
    if kind is type(None):
        return "None"
    module, name = kind_module(kind), kind_qualname(kind)
    return f"a {module}.{name}" if module != "builtins" else f"a {name}"
