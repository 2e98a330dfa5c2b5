"""Reading a foreign value's type without running any code of its class.

A host program may pass an object whose class has a metaclass of its own. Then
even looking at the class runs the program's code: ``cls.__name__``,
``cls.__mro__`` and ``cls.__module__`` go through the metaclass's
``__getattribute__``, ``cls in some_set`` through its ``__hash__``, and
``issubclass(cls, Mapping)`` through both (an abstract class caches by hash and
asks for ``__mro__``). Whatever that code raises would escape from the library
as a bare exception. These helpers read the type's own slots through ``type``
itself, which no metaclass can replace, so the answer is always the type's real
one and nothing of the program runs.
"""

from __future__ import annotations

import abc
import os
import types
from typing import Any

__all__ = ["kind_module", "kind_name", "kind_qualname", "type_is"]

_NAME = type.__dict__["__name__"]
_QUALNAME = type.__dict__["__qualname__"]
_MODULE = type.__dict__["__module__"]
_MRO = type.__dict__["__mro__"]
_DICT = type.__dict__["__dict__"]

#: Metaclasses whose own methods are the standard ones: a class made by one of
#: them can be handed to ``issubclass`` with an abstract class safely.
_PLAIN_METACLASSES = (type, abc.ABCMeta)


def kind_name(kind: type) -> str:
    """The type's own short name (``tp_name``), never its metaclass's idea of it."""
    return str(_NAME.__get__(kind, type))


def kind_qualname(kind: type) -> str:
    """The type's qualified name as its class statement made it."""
    name = _QUALNAME.__get__(kind, type)
    return str.__str__(name) if issubclass(type(name), str) else kind_name(kind)


def kind_module(kind: type) -> str:
    """The module the type was defined in; ``?`` when the class set its own
    ``__module__`` to something other than text."""
    module = _MODULE.__get__(kind, type)
    return str.__str__(module) if issubclass(type(module), str) else "?"


def _targets(wanted: Any) -> tuple[Any, ...]:
    if type(wanted) is tuple:
        return tuple(item for part in wanted for item in _targets(part))
    if type(wanted) is types.UnionType:
        return tuple(item for part in wanted.__args__ for item in _targets(part))
    return (wanted,)


def type_is(kind: type, wanted: Any) -> bool:
    """``issubclass(kind, wanted)`` (``wanted`` a type, a tuple or a union of
    types) without running any method of ``kind``'s metaclass.

    A plain target type is judged by ``issubclass``, which reads the real type
    slots. An abstract target (``Mapping``, ``os.PathLike``) is judged by
    ``issubclass`` only for a class with a standard metaclass; for any other, by
    its real method resolution order, and a path-like by an ``__fspath__`` in the
    real class dictionaries of that order."""
    plain_meta = type(kind) in _PLAIN_METACLASSES
    for target in _targets(wanted):
        if type(target) is type or plain_meta:
            if issubclass(kind, target):
                return True
            continue
        mro: tuple[type, ...] = _MRO.__get__(kind, type)
        if any(base is target for base in mro):
            return True
        if target is os.PathLike and any("__fspath__" in _DICT.__get__(base, type)
                                         for base in mro):
            return True
    return False
