"""rejectlet: write the gracious reply to a job rejection.

Load a template pack, compose a letter from it and your data, check it against
the rules, and render it as text, HTML or PDF::

    import rejectlet
    pack = rejectlet.load_pack("classic")
    letter = rejectlet.compose(pack, "reply", "examples/reply.yaml")
    for diagnostic in rejectlet.validate(letter):
        print(diagnostic)
    pdf = rejectlet.render(letter, "pdf")

WeasyPrint is imported only when a PDF is rendered.
"""

from ._version import __version__
from .compose import compose, compose_all, letter_from_file, letters_from_file
from .diagnostics import Diagnostic, Location, Severity
from .errors import (
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
from .model import Block, Letter, LetterKind, Pack, Paragraph, Run, Section, SectionKind, Variable
from .packs import PackInfo, find_packs, load_pack
from .reminders import reminder
from .render import FORMATS, render
from .validate import validate

__all__ = [
    "FORMATS",
    "Block",
    "DataError",
    "Diagnostic",
    "Letter",
    "LetterHasErrors",
    "LetterKind",
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
    "compose",
    "compose_all",
    "find_packs",
    "letter_from_file",
    "letters_from_file",
    "load_pack",
    "reminder",
    "render",
    "validate",
]
