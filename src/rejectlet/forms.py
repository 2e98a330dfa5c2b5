"""What a letter kind asks of its data, as typed values a program can build a form from.

A host program (a web form, a chat flow, an editor panel) should not have to parse
pack YAML to know which values to ask for. :func:`letter_fields` answers from the
loaded pack, with the same rules composing applies: a value is ``required`` exactly
when :func:`~rejectlet.compose` would refuse the data without it, and the limits
are the ones the data check enforces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .data import MAX_LIST_ITEMS, MAX_RECORDS, MAX_STRING_CHARS
from .model import LetterKind, Pack, Variable

_TEXT_TYPES = ("string", "text", "email")


@dataclass(frozen=True, slots=True)
class FormField:
    """One value of a letter's data, described for a form.

    ``name`` is the data key path (``sender.name``); inside a records field's
    ``fields`` it is the entry's own field name (``discussed``). ``type`` is one
    of the pack variable types: string (one line), text (several lines), email,
    list, bool, integer, date (``YYYY-MM-DD`` or ``today``) or records (a list of
    entries, each described by ``fields``).
    """

    name: str
    type: str
    help: str = ""
    required: bool = False
    #: Whether the letter kind's templates read the value; a form may leave out the
    #: others (though the email renderer and reminders read some of them by name).
    used: bool = True
    choices: tuple[str, ...] = ()
    default: Any = None
    #: Longest text accepted, in characters (string, text and email values).
    max_length: int | None = None
    #: Most entries accepted (list and records values).
    max_items: int | None = None
    #: Fewest entries: 1 for the records a per-person letter is written from.
    min_items: int = 0
    fields: tuple[FormField, ...] = ()

    @property
    def single_line(self) -> bool:
        """Whether a line break is refused (string and email values)."""
        return self.type in ("string", "email")


def letter_fields(pack: Pack, kind: str) -> tuple[FormField, ...]:
    """Every variable of the pack, in the pack's order, as the ``kind`` letter needs it.

    Raises :class:`~rejectlet.PackError` (RJ120) when the pack has no such kind.
    """
    from .arguments import expect

    expect(pack, Pack, "letter_fields(pack)", "a loaded pack (from load_pack())")
    letter_kind = pack.letter(kind)
    return tuple(_field(variable, letter_kind) for variable in pack.variables.values())


def _field(variable: Variable, kind: LetterKind | None, name: str | None = None) -> FormField:
    per_entry = kind is not None and kind.each == variable.name
    if kind is None:  # a records entry's field: required is the field's own setting
        required, used = variable.required, True
    else:
        used = kind.needs(variable.name)
        required = (variable.required and used) or per_entry
    vtype = variable.type
    max_items = MAX_LIST_ITEMS if vtype == "list" else MAX_RECORDS if vtype == "records" \
        else None
    default = variable.default
    if isinstance(default, list):
        default = tuple(default)
    return FormField(
        name=name or variable.name, type=vtype, help=variable.help, required=required,
        used=used, choices=variable.choices, default=default,
        max_length=MAX_STRING_CHARS if vtype in _TEXT_TYPES else None,
        max_items=max_items, min_items=1 if per_entry else 0,
        fields=tuple(_field(f, None, field_name) for field_name, f in variable.fields.items()),
    )


__all__ = ["FormField", "letter_fields"]
