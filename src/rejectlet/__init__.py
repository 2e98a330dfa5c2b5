"""rejectlet: write the gracious reply to a job rejection.

Load a template pack, compose a letter from it and your data, check it against
the rules, and render it as text, HTML or PDF::

    import rejectlet
    pack = rejectlet.load_pack("classic")
    letter = rejectlet.compose(pack, "reply", {"organization": "Northwind", ...})
    for diagnostic in rejectlet.validate(letter):
        print(diagnostic)
    pdf = rejectlet.render(letter, "pdf")

WeasyPrint is imported only when a PDF is rendered.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:  # explicit imports for type checkers; at run time names load on first use
    from .composer import compose, compose_all, letter_from_file, letters_from_file
    from .data import read_data_file
    from .diagnostics import Diagnostic, Location, Severity
    from .errors import (
        ArgumentError,
        DataError,
        LetterHasErrors,
        OutputError,
        PackError,
        PackNotFoundError,
        RejectletError,
        RenderError,
        TemplateError,
        YamlError,
    )
    from .forms import FormField, letter_fields
    from .limits import Limits, budget
    from .model import (
        Block,
        Letter,
        LetterKind,
        Pack,
        Paragraph,
        Run,
        Section,
        SectionKind,
        Variable,
    )
    from .pack import PackInfo, find_packs, load_pack
    from .reminders import reminder
    from .renderers import FORMATS, render
    from .validation import validate


#: Where each public name lives; a name's module is imported when it is first used,
#: so ``import rejectlet`` costs little more than its dependencies.
_LAZY = {
    "compose": "composer", "compose_all": "composer", "letter_from_file": "composer",
    "letters_from_file": "composer", "read_data_file": "data",
    "Diagnostic": "diagnostics", "Location": "diagnostics", "Severity": "diagnostics",
    "ArgumentError": "errors", "DataError": "errors", "LetterHasErrors": "errors",
    "OutputError": "errors",
    "PackError": "errors", "PackNotFoundError": "errors", "RejectletError": "errors",
    "RenderError": "errors", "TemplateError": "errors", "YamlError": "errors",
    "Limits": "limits", "budget": "limits",
    "Block": "model", "Letter": "model", "LetterKind": "model", "Pack": "model",
    "Paragraph": "model", "Run": "model", "Section": "model", "SectionKind": "model",
    "Variable": "model",
    "FormField": "forms", "letter_fields": "forms",
    "PackInfo": "pack", "find_packs": "pack", "load_pack": "pack",
    "reminder": "reminders",
    "FORMATS": "renderers", "render": "renderers",
    "validate": "validation",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'rejectlet' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "FORMATS",
    "ArgumentError",
    "Block",
    "DataError",
    "Diagnostic",
    "FormField",
    "Letter",
    "LetterHasErrors",
    "LetterKind",
    "Limits",
    "Location",
    "OutputError",
    "Pack",
    "PackError",
    "PackInfo",
    "PackNotFoundError",
    "Paragraph",
    "RejectletError",
    "RenderError",
    "Run",
    "Section",
    "SectionKind",
    "Severity",
    "TemplateError",
    "Variable",
    "YamlError",
    "__version__",
    "budget",
    "compose",
    "compose_all",
    "find_packs",
    "letter_fields",
    "letter_from_file",
    "letters_from_file",
    "load_pack",
    "read_data_file",
    "reminder",
    "render",
    "validate",
]
