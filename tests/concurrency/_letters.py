"""Letters for the concurrency tests: every built-in pack and letter kind, in
variants whose values and branches differ, so a section leaking from one letter
into another shows up as a difference."""

from __future__ import annotations

import copy
import logging
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rejectlet
from rejectlet.yamlio import load_yaml_file

BUILT_IN = ("classic", "warm", "de-formell")


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


@dataclass(frozen=True)
class Job:
    """One letter to write: which pack and kind, and its data."""

    pack: str
    kind: str
    variant: int
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.pack}/{self.kind}#{self.variant}"


def _vary(data: dict[str, Any], variant: int) -> dict[str, Any]:
    """The sample with values (and so branches) of its own."""
    varied = copy.deepcopy(data)
    if isinstance(varied.get("organization"), str):
        varied["organization"] = f"{varied['organization']} {variant}"
    if isinstance(varied.get("role"), str):
        varied["role"] = f"{varied['role']} (team {variant})"
    for flag in ("follow_up", "ask_feedback"):
        if isinstance(varied.get(flag), bool):
            varied[flag] = bool((variant >> (flag == "ask_feedback")) & 1) ^ varied[flag]
    if isinstance(varied.get("follow_up_days"), int):
        varied["follow_up_days"] = varied["follow_up_days"] + variant
    if isinstance(varied.get("met_with"), list) and variant % 3 == 2:
        varied["met_with"] = varied["met_with"][:1]
    recipient = varied.get("recipient")
    if isinstance(recipient, dict):
        recipient.setdefault("email", f"hiring{variant}@example.com")
    sender = varied.get("sender")
    if isinstance(sender, dict) and isinstance(sender.get("name"), str):
        sender["name"] = f"{sender['name']}-{variant}"
    return varied


def jobs(variants: int) -> list[Job]:
    """``variants`` letters of each kind of each built-in pack, from its samples."""
    result = []
    for pack_name in BUILT_IN:
        pack = rejectlet.load_pack(pack_name)
        for kind in sorted(pack.letters):
            sample = Path(pack.root) / "samples" / f"{kind}.yaml"
            data = plain(load_yaml_file(sample))
            data.pop("pack", None)
            data.pop("letter", None)
            for variant in range(variants):
                result.append(Job(pack_name, kind, variant, _vary(data, variant)))
    return result


def letters(pack: rejectlet.Pack, job: Job) -> Iterator[rejectlet.Letter]:
    yield from rejectlet.compose_all(pack, job.kind, job.data)


def process_state() -> dict[str, Any]:
    """What a library must leave alone: logger levels, signal handlers, the folder."""
    loggers = {name: logger.level for name, logger in logging.root.manager.loggerDict.items()
               if isinstance(logger, logging.Logger)}
    handlers = {number: signal.getsignal(number) for number in signal.valid_signals()
                if number not in (signal.SIGKILL, signal.SIGSTOP)}
    return {"loggers": loggers, "root": logging.root.level, "signals": handlers,
            "cwd": os.getcwd()}
