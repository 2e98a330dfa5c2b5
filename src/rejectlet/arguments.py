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
from typing import Any

from .diagnostics import Location
from .errors import ArgumentError

#: A file name, as the functions that open files take it.
PATH_TYPES: tuple[type, ...] = (str, os.PathLike)


def expect(value: Any, types: type | tuple[type, ...], where: str, wanted: str, *,
           optional: bool = False) -> None:
    """Refuse ``value`` unless it is of ``types`` (or None, when ``optional``);
    ``where`` names the argument as ``function(name)``, ``wanted`` says in words
    what belongs there."""
    if optional and value is None:
        return
    if not issubclass(type(value), types):
        raise ArgumentError(f"{where} takes {wanted}, not {type_name(value)}",
                            Location.of_argument(where),
                            hint=f"pass {wanted}")


def expect_path(value: Any, where: str, *, optional: bool = False) -> None:
    """Refuse anything but a file name (a str or a path), or a name holding a NUL."""
    expect(value, PATH_TYPES, where, "a file name (a str or a pathlib.Path)",
           optional=optional)
    if isinstance(value, str) and "\0" in value:
        raise ArgumentError(f"{where} holds a NUL character, which no file name can",
                            Location.of_argument(where), hint="pass the file's real name")


def expect_items(value: Any, item_types: type | tuple[type, ...], where: str,
                 wanted: str) -> None:
    """Refuse ``value`` unless it is a list or a tuple whose every item is of
    ``item_types``; ``wanted`` says in words what belongs there. A wrong item is
    named by its place (``item 2``), so the host finds it in its own list."""
    if not issubclass(type(value), (list, tuple)):
        raise ArgumentError(f"{where} takes {wanted}, not {type_name(value)}",
                            Location.of_argument(where), hint=f"pass {wanted}")
    for index, item in enumerate(value):
        if not issubclass(type(item), item_types):
            raise ArgumentError(f"{where} takes {wanted}, but item {index + 1} is "
                                f"{type_name(item)}", Location.of_argument(where),
                                hint=f"pass {wanted}")


def type_name(value: Any) -> str:
    """How a message names a value's type: ``None``, ``a list``, ``a mymod.Thing``."""
    kind = type(value)
    if kind is type(None):
        return "None"
    return f"a {kind.__module__}.{kind.__qualname__}" if kind.__module__ != "builtins" \
        else f"a {kind.__qualname__}"
