"""Budgets for the work a pack you did not write can ask for.

A pack's templates decide how much work composing a letter takes, so that work
is counted where it happens: every template step (a call, an attribute or item
lookup, a loop iteration, an operator, a filter) takes one unit from a meter,
and the meter also looks at the clock. Because the counting is plain Python at
the source, the budget holds in a worker thread, under ``asyncio.to_thread``
and on systems without timer signals; no signal or timer is involved.

A host program sets the budgets with :func:`budget`, which also opens one
budget for everything composed inside it (``rejectlet check`` and
``rejectlet batch`` use it for the whole run)::

    with rejectlet.budget(rejectlet.Limits(seconds=1.0)):
        letter = rejectlet.compose(pack, "reply", data)
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Iterator
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import NamedTuple

from .diagnostics import Location
from .errors import LimitsError
from .type_reading import kind_name, type_is

__all__ = ["DEFAULT_LIMITS", "BudgetExceeded", "Limits", "Meter", "budget", "current_limits",
           "letter_meter", "seconds_left", "watch_the_clock"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How much work one letter, and one run of many letters, may take.

    The defaults are far above what any letter needs and far below what
    would hurt the machine; docs/security.md lists them with their codes.
    """

    #: Template steps one letter may take (calls, lookups, loop turns, operators).
    operations: int = 1_000_000
    #: Seconds one letter's templates, conditions and Markdown may take.
    seconds: float = 5.0
    #: Characters one template may produce, and the largest text or list any
    #: single value built by a template may grow to.
    output_chars: int = 200_000
    #: Characters and items of all the values one letter's templates build, added
    #: up (every call's, operator's, ``~``'s and block's result): each value is
    #: held to ``output_chars``, and this bounds how many of them a letter may make,
    #: so thousands of big values can never be alive at once.
    built_chars: int = 20_000_000
    #: Items ``range()`` may yield across one letter's templates.
    range_items: int = 10_000
    #: Largest width a template may pad, wrap, indent or format to.
    width: int = 1_000
    #: Characters of text in one composed letter, all sections together; the
    #: rules read every character, so this bounds checking too.
    letter_chars: int = 400_000
    #: Template steps a whole run may take (a ``check`` of a pack, a batch).
    run_operations: int = 200_000_000
    #: Seconds of metered work (composing and checking) a whole run may take.
    run_seconds: float = 1800.0
    #: Letters of a run that may use up their own budget in template steps
    #: before the rest of the run is stopped: a pack whose templates exhaust three
    #: letters will exhaust them all. A letter stopped while its text was being
    #: checked or converted (work its own data sizes) is not counted.
    run_stopped_letters: int = 3
    #: YAML values, keys, lists and mappings a whole run may read (every sample a
    #: ``check`` composes and every file each one includes): one file is bounded
    #: on its own, and this bounds what a pack gains by naming many of them.
    run_yaml_nodes: int = 500_000

    def __post_init__(self) -> None:
        for name in self.__slots__:
            value = getattr(self, name)
            # judged by its type alone, and kept as the plain number: an object's own
            # __getattribute__ or a number subclass's own methods never run
            kind = type(value)
            number = type_is(kind, int | float) and not type_is(kind, bool)
            if number:
                value = int.__int__(value) if type_is(kind, int) else float.__float__(value)
                object.__setattr__(self, name, value)
            # NaN compares false with everything and infinity is no bound at all, so a
            # limit must be finite as well as positive; an int too large for a float
            # (10**400) is no bound either, and math.isfinite would overflow on it
            try:
                finite = number and math.isfinite(value)
            except OverflowError:
                finite = False
            if not finite or value <= 0:
                # the value is described, not printed: a huge int cannot be written
                # out, and a list holding itself has no end
                # a whole number is shown as written (0, not 0.0), as it always was
                shown = (repr(int(value)) if finite and type(value) is int
                         else repr(float(value)) if finite
                         else "a number that large" if number and value == value
                         else repr(value) if number else f"a {kind_name(kind)}")
                raise LimitsError(f"Limits.{name} must be a positive number, not {shown}",
                                  Location.of_argument(f"Limits({name})"),
                                  hint=f"give {name} a plain int or float above zero")


DEFAULT_LIMITS = Limits()


class BudgetExceeded(Exception):
    """Raised inside metered work when a budget is used up.

    Not a subclass of the errors Jinja catches on the way (lookup, type,
    attribute errors), so a template cannot swallow it.
    """

    def __init__(self, message: str, *, whole_run: bool = False, seconds: bool = False) -> None:
        super().__init__(message)
        self.whole_run = whole_run
        self.seconds = seconds


class Meter:
    """Counts the work of one letter, or of one run of letters.

    ``step`` is called from the sandbox's hooks; it is cheap (an addition, a
    comparison and a clock read) and raises :class:`BudgetExceeded` when the
    operations or the time are spent. A letter's steps count for every run
    it belongs to, and its time runs out when the first of them runs out.
    """

    __slots__ = ("_max_operations", "_run_capped", "_until", "built", "counted", "exhausted",
                 "limits", "operations", "parent", "range_left", "spent", "started",
                 "stopped", "yaml_nodes")

    def __init__(self, limits: Limits, parent: Meter | None = None, *,
                 whole_run: bool = False, counted: bool = True) -> None:
        self.limits = limits
        #: whether this letter, if it uses up its budget, counts toward the run's
        #: ``run_stopped_letters`` (checking a letter's text does not: see
        #: :func:`letter_meter`)
        self.counted = counted
        self.parent = parent
        self.operations = 0
        self.range_left = limits.range_items
        self.built = 0  # characters and items the letter's templates built
        self.started = time.monotonic()
        self.spent = 0.0  # seconds of finished letters (for a run meter)
        self.stopped = 0  # letters that used up their own budget (for a run meter)
        self.exhausted = False
        self.yaml_nodes = 0  # YAML nodes read (for a run meter)
        self._max_operations = limits.run_operations if whole_run else limits.operations
        self._until = self.started + limits.seconds
        self._run_capped = False
        run = parent
        while run is not None:  # a letter may not outlive what is left of its runs
            run_until = self.started + max(run.limits.run_seconds - run.spent, 0.0)
            if run_until < self._until:
                self._until, self._run_capped = run_until, True
            run = run.parent

    def step(self, count: int = 1) -> None:
        self.operations += count
        if self.operations > self._max_operations:
            self._exhausted(seconds=False)
        if time.monotonic() > self._until:
            self._exhausted(seconds=True)
        run = self.parent
        while run is not None:
            run.operations += count
            if run.operations > run._max_operations:
                raise BudgetExceeded(f"the run used more than {run._max_operations:,} "
                                     "template steps in all", whole_run=True)
            if run.stopped >= run.limits.run_stopped_letters:
                raise BudgetExceeded(f"{run.stopped} letters of the run used up their "
                                     "budget, so the run was stopped", whole_run=True)
            run = run.parent

    def check_time(self) -> None:
        """The clock alone, for work that is not counted in steps (Markdown, rules).

        This letter stops when its time is up, but it does not count toward
        ``run_stopped_letters``: that work is sized by the letter's data, which
        differs from row to row, so a few hostile rows must not stop the others."""
        if time.monotonic() > self._until:
            self._exhausted(seconds=True, by_the_pack=False)

    def _exhausted(self, *, seconds: bool, by_the_pack: bool = True) -> None:
        self.exhausted = by_the_pack and (not self._run_capped or not seconds)
        if seconds and self._run_capped:
            raise BudgetExceeded("the run used up its time for template work",
                                 whole_run=True, seconds=True)
        if seconds:
            raise BudgetExceeded(f"took longer than {self.limits.seconds:g} s", seconds=True)
        raise BudgetExceeded(f"took more than {self.limits.operations:,} template steps")

    def seconds_left(self) -> float:
        """Seconds this letter may still take (its own time, capped by its runs'):
        the bound for work it waits on rather than steps through (a PDF layout)."""
        return self._until - time.monotonic()

    def close(self) -> None:
        """Hand this letter's time to its runs."""
        elapsed = time.monotonic() - self.started
        run = self.parent
        while run is not None:
            run.spent += elapsed
            run.stopped += self.exhausted and self.counted
            run = run.parent


_limits: ContextVar[Limits] = ContextVar("rejectlet_limits", default=DEFAULT_LIMITS)
_run: ContextVar[Meter | None] = ContextVar("rejectlet_run", default=None)
#: The meter of the letter being composed in this thread or task, if any.
current_meter: ContextVar[Meter | None] = ContextVar("rejectlet_meter", default=None)


def current_limits() -> Limits:
    """The limits in force here: the innermost :func:`budget`, or the defaults."""
    return _limits.get()


@contextlib.contextmanager
def budget(limits: Limits | None = None) -> Iterator[Limits]:
    """Compose under ``limits`` (the defaults if None), with one budget for the whole block.

    Every letter composed inside gets its own budget from ``limits``; all of
    them together also share ``run_operations`` and ``run_seconds``; inside
    another ``budget`` block, they count against that block's run too. The
    setting follows the context: it holds in this thread and in tasks and
    ``asyncio.to_thread`` calls started from it, not in threads started
    with :class:`threading.Thread`, which begin with the defaults.
    """
    from .arguments import expect

    expect(limits, Limits, "budget(limits)", "a rejectlet.Limits", optional=True)
    chosen = limits if limits is not None else _limits.get()
    limits_token = _limits.set(chosen)
    run_token = _run.set(Meter(chosen, _run.get(), whole_run=True))
    try:
        yield chosen
    finally:
        _leave(run_token, limits_token)


def _leave(run_token: Token[Meter | None], limits_token: Token[Limits]) -> None:
    """Close a :func:`budget` block in the context that opened it.

    A block entered in one thread or task and left in another (``__enter__`` and
    ``__exit__`` called by hand, or a generator holding the block open resumed
    elsewhere) cannot restore the context it changed: that context belongs to
    the first thread. It is an :class:`ArgumentError` naming the misuse rather
    than the ``ValueError`` of :mod:`contextvars`; the context the block was left
    in is not touched."""
    try:
        _run.reset(run_token)
    except ValueError:
        from .diagnostics import Location
        from .errors import ArgumentError

        raise ArgumentError(
            "a budget() block was left in another thread or task than the one that "
            "entered it", Location.of_argument("budget()"),
            hint="enter and leave it in one place, with 'with rejectlet.budget(...):'; "
                 "do not keep it open across a generator's yield") from None
    _limits.reset(limits_token)


class YamlRoom(NamedTuple):
    """What the tightest enclosing run lets this run read: the YAML nodes it has
    left, and its own limit (the one to name when it is reached)."""

    left: int
    limit: int


def yaml_nodes_left() -> YamlRoom | None:
    """How many more YAML nodes the enclosing runs let this run read (the least
    any of them has left, with that run's limit), or None outside every
    :func:`budget` block."""
    run = _run.get()
    tightest: YamlRoom | None = None
    while run is not None:
        room = max(run.limits.run_yaml_nodes - run.yaml_nodes, 0)
        if tightest is None or room < tightest.left:
            tightest = YamlRoom(room, run.limits.run_yaml_nodes)
        run = run.parent
    return tightest


def charge_yaml_nodes(count: int) -> None:
    """Count ``count`` YAML nodes read against every enclosing run."""
    run = _run.get()
    while run is not None:
        run.yaml_nodes += count
        run = run.parent


def watch_the_clock(count: int) -> None:
    """In a long loop over matches in checked text (``count`` turns so far), read the
    current letter's clock every 256 turns: a rule's scan is one step to the
    meter, and data of many short matches must not run past the letter's time."""
    if count & 255 == 0:
        meter = current_meter.get()
        if meter is not None:
            meter.check_time()


def seconds_left() -> float | None:
    """Seconds the letter being worked on here may still take, capped by every run
    it belongs to; None outside any metered letter."""
    meter = current_meter.get()
    return meter.seconds_left() if meter is not None else None


@contextlib.contextmanager
def letter_meter(*, checking: bool = False, run_time_only: bool = False) -> Iterator[Meter]:
    """A fresh meter for one letter, charged to the enclosing run if there is one.

    ``checking`` is for the rules reading a composed letter: that work is sized by
    the letter's own data, which differ from row to row, so a letter stopped
    there fails alone and does not count toward ``run_stopped_letters``.
    ``run_time_only`` is for work with a time limit of its own (rendering a
    sample in every format, whose PDF layout has ``PrintOptions.timeout``): it is
    bounded by what is left of the run, not by one letter's ``seconds``."""
    limits = _limits.get()
    if run_time_only:
        from dataclasses import replace

        limits = replace(limits, seconds=limits.run_seconds)
    meter = Meter(limits, _run.get(), counted=not checking)
    token = current_meter.set(meter)
    try:
        yield meter
    finally:
        current_meter.reset(token)
        meter.close()
