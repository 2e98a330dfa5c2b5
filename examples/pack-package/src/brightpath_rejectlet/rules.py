"""A rule in Python, for what a declarative check cannot express.

Brightpath's coaches ask clients to sign with their full name, so a signature
of a single word (a first name only) is flagged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from rejectlet import Letter, Severity
from rejectlet.rules import Finding, Rule


def _full_name_signature(letter: Letter, options: Mapping[str, Any]) -> Iterator[Finding]:
    first_line = letter.signature.splitlines()[0] if letter.signature else ""
    if len(first_line.split()) < 2:
        yield Finding(f"the letter is signed {first_line!r}; sign with your full name",
                      letter.data_source, "set sender.name to your first and last name")


SIGNOFF = Rule(
    code="BP100",
    name="brightpath-full-name",
    summary="Letters are signed with the writer's full name.",
    severity=Severity.WARNING,
    check=_full_name_signature,
)
