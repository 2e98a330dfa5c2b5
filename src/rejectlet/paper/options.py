"""What a caller chooses about printed output."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """Choices for PDF output; every field has a sensible default.

    ``layout`` names a sheet layout (``us-10-window``, ``din5008-a`` …; default:
    the pack's, else plain on its paper). ``card`` renders a note card instead
    (``us-a2``, ``us-a7``, ``iso-a6``), ``folded`` imposes it on a sheet with
    crop marks. ``debug`` draws the window and fold lines for a test print.
    ``created`` fixes the PDF's dates for reproducible output; ``pdf_variant``
    may be ``pdf/a-2b``; ``tagged`` writes a tagged PDF for screen readers.
    """

    layout: str | None = None
    formats_file: Path | None = None
    debug: bool = False
    card: str | None = None
    folded: bool = False
    sheet: str | None = None
    tagged: bool = False
    pdf_variant: str | None = None
    created: dt.datetime | None = None
    page_size: str | None = None
    #: Lay out in a separate process that is stopped after ``timeout`` seconds.
    #: None decides by the pack: yes for folder and installed packs, no for built-in.
    isolate: bool | None = None
    timeout: float = 60.0

    def __post_init__(self) -> None:
        """Judge every choice when the options are made, so a wrong kind of value is
        refused at its field rather than failing inside the layout."""
        from ..arguments import expect, expect_path
        from ..diagnostics import Location
        from ..errors import ArgumentError

        for name in ("layout", "card", "sheet", "pdf_variant", "page_size"):
            value = getattr(self, name)
            expect(value, str, f"PrintOptions({name})", "a name (a str)", optional=True)
            if value is not None:  # the text itself, whatever a subclass overrides
                object.__setattr__(self, name, str.__str__(value))
        for name in ("debug", "folded", "tagged"):
            expect(getattr(self, name), bool, f"PrintOptions({name})", "True or False")
        expect(self.isolate, bool, "PrintOptions(isolate)", "True, False or None",
               optional=True)
        expect_path(self.formats_file, "PrintOptions(formats_file)", optional=True)
        expect(self.created, dt.datetime, "PrintOptions(created)", "a datetime.datetime",
               optional=True)
        if self.created is not None:
            from ..data import plain_datetime

            # read through the base type; a time zone of a program's own class would
            # run its own utcoffset each time the date is written into the PDF
            created = plain_datetime(self.created)
            if created is None:
                raise ArgumentError(
                    "PrintOptions(created) has a time zone of the program's own class",
                    Location.of_argument("PrintOptions(created)"),
                    hint="use datetime.timezone or zoneinfo.ZoneInfo, or no time zone")
            object.__setattr__(self, "created", created)
        expect(self.timeout, (int, float), "PrintOptions(timeout)", "a number of seconds")
        if isinstance(self.timeout, bool) or not 0 < self.timeout <= 86_400:
            raise ArgumentError("PrintOptions(timeout) is out of range; give a number of "
                                "seconds above 0 and at most a day",
                                Location.of_argument("PrintOptions(timeout)"))


def plain_options(options: PrintOptions | None) -> PrintOptions:
    """``options`` as a plain :class:`PrintOptions` (the defaults for None). A
    subclass's fields are read through the base type's own slots, so its
    ``__getattribute__`` or properties never run, and the copy is judged anew."""
    if options is None:
        return PrintOptions()
    if type(options) is PrintOptions:
        return options
    from dataclasses import fields

    return PrintOptions(**{field.name: object.__getattribute__(options, field.name)
                           for field in fields(PrintOptions)})
