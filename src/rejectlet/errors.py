"""The exceptions rejectlet raises.

Every mistake a user can make (in a pack, in letter data, on the command line)
raises a subclass of :class:`RejectletError` that carries one or more
diagnostics, each with a file:line:col and a way to fix it. Anything else that
escapes is a bug in rejectlet, not in the user's input.
"""

from __future__ import annotations

from collections.abc import Iterable

from .diagnostics import Diagnostic, Location, Severity, sort_key


class RejectletError(Exception):
    """Base of every error a user can cause; prints as one line per problem."""

    default_code = "RJ900"

    def __init__(self, problems: Iterable[Diagnostic] | str, location: Location | None = None,
                 *, code: str | None = None, hint: str = "") -> None:
        if isinstance(problems, str):
            diagnostics = [Diagnostic(code or self.default_code, Severity.ERROR, problems,
                                      location, hint)]
        else:
            diagnostics = sorted(problems, key=sort_key)
        if not diagnostics:
            raise ValueError("a RejectletError needs at least one problem")
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.diagnostics)

    @property
    def location(self) -> Location | None:
        """Where the first problem is."""
        return self.diagnostics[0].location


class YamlError(RejectletError):
    """A YAML file could not be read: bad syntax, duplicate keys, unsafe tags."""

    default_code = "RJ100"


class PackError(RejectletError):
    """A pack is malformed: unknown keys, wrong types, missing sections."""

    default_code = "RJ110"


class PackNotFoundError(RejectletError):
    """No pack of that name or path exists."""

    default_code = "RJ101"


class DataError(RejectletError):
    """Letter data does not fit the pack's variables."""

    default_code = "RJ200"


class TemplateError(RejectletError):
    """A template failed while composing (syntax errors are found earlier, when the
    pack loads, and raised as :class:`PackError`)."""

    default_code = "RJ300"


class LetterHasErrors(RejectletError):
    """Rendering was refused because the letter breaks rules with error severity."""

    default_code = "RJ400"


class RenderError(RejectletError):
    """The output could not be produced (unknown format, blocked resource, limits)."""

    default_code = "RJ410"


class OutputError(RejectletError):
    """The output file could not be written safely."""

    default_code = "RJ420"


class ArgumentError(RejectletError, TypeError):
    """A public function was given an argument of the wrong kind: a pack name where a
    loaded pack belongs, a number for a file name. Located at the argument; also a
    ``TypeError``, so a host that catches that keeps working."""

    default_code = "RJ901"


class LimitsError(ArgumentError, ValueError):
    """A :class:`~rejectlet.Limits` field was given something that is no finite
    positive number. Located at the field (``Limits(seconds)``); also a
    ``ValueError``, as the refusal always was, so a host that catches that keeps
    working."""
