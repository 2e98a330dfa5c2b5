"""Checking a whole pack the way ``rejectlet check PACK`` does.

Loading already rejects malformed packs. This goes further for the author:
it checks each letter kind's order against the structure rules without any
data (each rule's outline check, written beside its letter check), composes
every letter kind with neutral stand-in values (both ways for each yes/no
switch) to catch template failures, and composes and validates each sample
data file in the pack's ``samples/`` folder.

With ``render_samples`` it also renders each sample in every output format a
writer uses (text, HTML, email and PDF; the PDF of a pack that is not built in
is laid out in the isolated worker; email only for a pack that declares an
email address, since no letter of another can be emailed), so a clean check
means the pack renders,
not only that it loads. The command line does this for every pack that is not
built in; the built-in packs are rendered in every format by the test suite.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .authoring import authoring_findings
from .composer import compose_all, letters_from_file
from .diagnostics import Diagnostic, Location, Severity, display_path
from .errors import RejectletError
from .limits import BudgetExceeded, budget, letter_meter
from .model import Letter, Pack, Variable
from .pack.files import MAX_SAMPLES, SAMPLES_FOLDER, sample_files, too_many_samples
from .pack.styles import stylesheet_findings
from .renderers.html_assets import inline_findings
from .rules.base import all_rules
from .rules.outline import Outline
from .rules.settings import rule_settings
from .validation import validate

#: The formats a sample is rendered to when a check renders samples.
RENDERED_FORMATS = ("text", "html", "email", "pdf")
#: The values that show a pack is meant to be sent by email; a pack declaring
#: none of them is for print and screen only, and its samples are not emailed.
EMAIL_VARIABLES = ("sender.email", "recipient.email")


def rendered_formats(pack: Pack) -> tuple[str, ...]:
    """The formats a check renders the pack's samples to: every writer format, less
    email for a pack that declares no email address at all."""
    if any(name in pack.variables for name in EMAIL_VARIABLES):
        return RENDERED_FORMATS
    return tuple(form for form in RENDERED_FORMATS if form != "email")


def static_findings(pack: Pack) -> list[Diagnostic]:
    """Structure problems visible from the letter definitions alone: every rule with an
    outline check, at the severity the pack's settings give it for each letter kind."""
    found: list[Diagnostic] = []
    rules = [rule for rule in all_rules() if rule.outline_check is not None]
    for kind in pack.letters.values():
        outline = Outline.of(pack, kind)
        for rule in rules:
            settings = rule_settings(pack, kind.id, rule)
            if settings.severity is None or not settings.applies:
                continue
            assert rule.outline_check is not None
            for finding in rule.outline_check(outline, settings.check_options()):
                found.append(Diagnostic(rule.code, settings.severity, finding.message,
                                        finding.location, finding.hint, rule=rule.name))
    return found


def _stand_in(variable: Variable, switches: bool) -> Any:
    if variable.choices:
        return variable.choices[0]
    if variable.type == "bool":
        return switches
    if variable.type == "integer":
        return variable.default if isinstance(variable.default, int) else 1
    if variable.type == "date":
        return dt.date(2026, 1, 15)
    if variable.type == "list":
        return ["Sample Person"]
    if variable.type == "email":
        return "someone@example.com"
    if variable.type == "records":
        return [{name: _stand_in(field, switches) for name, field in variable.fields.items()}]
    return "Sample"


def stand_in_data(pack: Pack, switches: bool) -> dict[str, Any]:
    """Neutral values for every variable, with every yes/no set to ``switches``."""
    values: dict[str, Any] = {}
    for name, variable in pack.variables.items():
        value = _stand_in(variable, switches)
        target = values
        *groups, leaf = name.split(".")
        for group in groups:
            target = target.setdefault(group, {})
        target[leaf] = value
    return values


def check_pack(pack: Pack, *, render_samples: bool = False) -> list[Diagnostic]:
    """Every finding for a loaded pack: structure, stand-in composition, samples,
    and with ``render_samples`` what stops a sample rendering in any format.

    All of it shares one budget (:func:`rejectlet.limits.budget`), besides each
    letter's own, so a pack cannot take a full letter's time per kind and sample.
    """
    from .arguments import expect

    expect(pack, Pack, "check_pack(pack)", "a loaded pack (from load_pack())")
    expect(render_samples, bool, "check_pack(render_samples)", "True or False")
    with budget():
        return _check_pack(pack, render_samples)


#: The code of a layout stopped at its time limit: the pack's stylesheet makes layout
#: endless, and it would for every other sample too.
LAYOUT_TIMED_OUT = "RJ416"


def _render_findings(letter: Letter, already: list[Diagnostic],
                     timed_out: set[str]) -> list[Diagnostic]:
    """What each output format refuses in a sample letter, each mistake once.

    A stylesheet with an error already reported (a missing logo, a url() off the
    pack) is the cause of whatever a format then refuses in it, in its own words
    (the PDF's "blocked" for the same logo): those follow-ons are left out. A
    format whose layout ran out of time for one sample (``timed_out``, shared by
    the whole check) is not laid out again for the others: the stylesheet that made
    it endless is the same for every sample, and each would wait its full limit."""
    from .renderers import render

    shown = {str(d) for d in already}
    sheets = {css.location.path for css in (letter.pack.page_css, letter.pack.email_css)
              if css is not None}
    broken = {d.location.path for d in already
              if d.is_error and d.location is not None and d.location.path in sheets}
    found: list[Diagnostic] = []
    for form in rendered_formats(letter.pack):
        if form in timed_out:
            continue
        try:
            # the run's budget bounds each render: its scans read the clock, and a
            # PDF layout gets no more than the time the run has left
            with letter_meter(run_time_only=True) as meter:
                meter.check_time()  # no render starts once the run's time is gone
                render(letter, form, force=True)
                meter.check_time()  # nor does the run go on after one that took it
        except BudgetExceeded as exc:
            found.append(_stopped(letter.pack, f"rendering a sample as {form}", exc))
            raise _RunOver(found) from None
        except RejectletError as exc:
            if any(d.code == LAYOUT_TIMED_OUT for d in exc.diagnostics):
                timed_out.add(form)
            for diagnostic in exc.diagnostics:
                if diagnostic.location is not None and diagnostic.location.path in broken:
                    continue
                if str(diagnostic) not in shown:
                    shown.add(str(diagnostic))
                    found.append(diagnostic)
    return found


class _RunOver(Exception):
    """The check run's budget is spent: what was found so far is all there is."""

    def __init__(self, found: list[Diagnostic]) -> None:
        super().__init__("the check run is over its budget")
        self.found = found


def _stopped(pack: Pack, what: str, exc: BudgetExceeded) -> Diagnostic:
    """RJ307 for work of the check run stopped by its budget, at the stylesheet (whose
    size and shape decide what rendering costs), else at the pack."""
    where = Location(display_path(pack.stylesheet)) if pack.stylesheet else pack.location
    return Diagnostic("RJ307", Severity.ERROR, f"{what} was stopped: {exc}", where,
                      "the check run is over its budget; a host can raise "
                      "Limits.run_seconds for packs it trusts")


def _check_pack(pack: Pack, render_samples: bool = False) -> list[Diagnostic]:
    try:
        return _check_all(pack, render_samples)
    except _RunOver as over:
        return over.found


def _check_all(pack: Pack, render_samples: bool) -> list[Diagnostic]:
    found = authoring_findings(pack) + static_findings(pack)
    timed_out: set[str] = set()  # formats whose layout ran out of time once
    seen: set[str] = set()
    for kind_id in pack.letters:
        for switches in (True, False):
            try:
                compose_all(pack, kind_id, stand_in_data(pack, switches))
            except RejectletError as exc:
                for diagnostic in exc.diagnostics:
                    if str(diagnostic) not in seen:
                        seen.add(str(diagnostic))
                        found.append(diagnostic)
    try:
        with letter_meter(run_time_only=True):  # the scans read the run's clock
            found.extend(stylesheet_findings(pack))
            found.extend(inline_findings(pack))
    except BudgetExceeded as exc:
        found.append(_stopped(pack, "reading the stylesheet", exc))
        raise _RunOver(found) from None
    samples, refused = sample_files(pack.root, SAMPLES_FOLDER)
    found.extend(refused)
    if len(samples) > MAX_SAMPLES:  # each costs a letter's work: none is composed
        found.append(too_many_samples(pack.root, len(samples)))
        samples = []
    for sample in samples:
        try:
            for letter in letters_from_file(sample, pack=pack, within=pack.root):
                found.extend(d for d in validate(letter) if d not in found)
                if render_samples:
                    try:
                        found.extend(_render_findings(letter, found, timed_out))
                    except _RunOver as over:
                        raise _RunOver([*found, *over.found]) from None
        except RejectletError as exc:
            found.extend(exc.diagnostics)
    return found
