"""Starting points: a new pack that already passes ``rejectlet check``, and a
letter data file listing every value a letter kind uses, with its help."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from .diagnostics import Location, display_path
from .errors import OutputError, PackError, RejectletError
from .model import Pack, Variable
from .output import cannot_create, write_atomic
from .pack.files import (
    MAX_SAMPLES,
    SAMPLES_FOLDER,
    read_file_inside,
    sample_files,
    too_many_samples,
)
from .pack.read import PACK_FILE
from .pathdoor import path_errors, quietly_resolved
from .suggest import quoted
from .yaml_lines import comment_text, scalar

#: Values only the email message reads (no template does), offered in every new letter.
EMAIL_FIELDS = ("sender.email", "recipient.email", "cc")
#: The names a pack may have, the same the pack loader accepts in pack.yaml.
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")

_PACK_YAML = """\
# {name}: a rejectlet template pack. Check it with: rejectlet check {name}
pack: {name}
version: 0.1.0
requires: ">={major_minor}"
title: {title}
description: A short, gracious reply to a job rejection.
language: en
style: style.css
page:
  size: letter

variables:
  sender.name:    {{type: string, required: true, help: Your full name}}
  sender.email:   {{type: email, help: The address replies should go to}}
  recipient.name: {{type: string, required: true, help: The person who wrote to you}}
  recipient.email: {{type: email, help: "Their address, to send the letter as an email"}}
  organization:   {{type: string, required: true, help: The company or organisation}}
  role:           {{type: string, required: true, help: The position you applied for}}
  detail:         {{type: string, help: "One specific thing you enjoyed, as a phrase"}}
  strengths:      {{type: text, required: true, help: "One or two sentences on why you fit"}}
  ask_feedback:   {{type: bool, default: true, help: Add a P.S. asking what you could strengthen}}
  date:           {{type: date, default: today, help: The letter's date (YYYY-MM-DD)}}

blocks:
  sender: |
    {{{{ sender.name }}}}
    {{{{ sender.email }}}}
  recipient: |
    {{{{ recipient.name }}}}
    {{{{ organization }}}}
  date: "{{{{ date | longdate }}}}"

sections:
  thanks:
    kind: gratitude
    text: |
      Thank you for considering me for the **{{{{ role }}}}** position and for the
      time you spent with me.{{% if detail %}} I especially enjoyed
      {{{{ detail | phrase }}}}.{{% endif %}}
  fit:
    kind: resell
    text: |
      {{{{ strengths }}}}
  interest:
    kind: interest
    text: |
      I remain keen on {{{{ organization }}}} and would be glad to be considered
      for similar roles in the future.
  feedback:
    kind: feedback
    when: ask_feedback
    text: |
      If you are able to, I would welcome a few words on what went well and
      what I could strengthen.

letters:
  reply:
    description: The first answer to a rejection.
    subject: "{{{{ sender.name }}}} — {{{{ role }}}} Position"
    salutation: "Dear {{{{ recipient.name }}}},"
    body: [thanks, fit, interest]
    closing: "With thanks,"
    signature: "{{{{ sender.name }}}}"
    ps: [feedback]
"""

_STYLE = """\
/* {name}: the pack's look. The classes are listed in the pack-author guide. */
body {{ font-family: "DejaVu Serif", Georgia, serif; }}
.letterhead .sender {{ text-align: right; }}
"""

#: How a sample names its pack: the folder above it, so it is found from any
#: working folder (a pack name is looked up among installed and built-in packs).
SAMPLE_PACK_LINE = "pack: ..  # the pack folder above samples/"

_SAMPLE = """\
# Sample data: `rejectlet check {name}` composes and checks it.
""" + SAMPLE_PACK_LINE + """
letter: reply
sender:
  name: Alex Morgan
  email: alex.morgan@example.com
recipient:
  name: Jordan Lee
  email: jordan.lee@example.com
organization: Bright Harbor Studio
role: Product Designer
detail: the walk through your research wall
strengths: >-
  My four years designing booking tools taught me to test early with real
  customers, which is how your team works too.
date: 2026-01-15
"""

_README = """\
# {title}

A rejectlet template pack: a short, gracious reply to a job rejection.

- Check it: `rejectlet check path/to/{name}`.
- Preview it while you edit: `rejectlet preview path/to/{name}`.
- Start a letter: `rejectlet new letter --pack path/to/{name}`.
- Edit `pack.yaml` to change the wording; the pack-author guide describes
  every key.
"""


_CHILD_PACK_YAML = """\
# {name}: a rejectlet template pack built on {parent}. It changes nothing yet:
# every variable, section and letter comes from {parent}. To change a section,
# add it here under sections: with the same id and kind (rejectlet packs show
# {parent} --sections lists them with their text); every letter that uses the
# section picks up your wording. Check it with: rejectlet check path/to/{name}
pack: {name}
version: 0.1.0
requires: ">={major_minor}"
extends: {parent}
title: {title}
description: {parent_title}
"""


def new_pack(name: str, parent_folder: str | Path = ".", *, extends: Pack | None = None) -> Path:
    """Create a working pack folder ``parent_folder/name`` and return it.

    With ``extends``, the pack is a child of that pack that overrides nothing
    yet, with a copy of its samples, so it checks clean from the first minute
    and the author changes only what should differ. Every file is read and
    made before the folder is created, and a failure while writing removes
    what was written, so a refused or failed run leaves nothing behind.
    """
    if not _NAME_RE.match(name):
        raise PackError(f"{quoted(name)} is not a pack name", None, code="RJ113",
                        hint="use lower-case words joined by '-' or '_', such as my-pack")
    folder = Path(parent_folder) / name
    _check_free(folder)
    _check_outside_packs(folder)
    from ._version import __version__

    major_minor = ".".join(__version__.split(".")[:2])
    title = name.replace("-", " ").title()
    values = {"name": name, "title": title, "major_minor": major_minor}
    if extends is not None:
        files = _child_pack_files(folder, values, extends)
    else:
        files = {"pack.yaml": _PACK_YAML.format(**values).encode("utf-8"),
                 "style.css": _STYLE.format(**values).encode("utf-8"),
                 "samples/reply.yaml": _SAMPLE.format(**values).encode("utf-8"),
                 "README.md": _README.format(**values).encode("utf-8")}
    _create(folder, files)
    return folder


def _check_free(folder: Path) -> None:
    """Refuse a folder that is already there, even as a link to nothing (making it
    would follow the link), or whose name the system will not take."""
    try:
        os.lstat(folder)
    except FileNotFoundError:
        return
    except (OSError, ValueError) as exc:  # a name too long, a file in the way, a NUL
        raise _cannot_create(folder, exc) from None
    raise _already_exists(folder)


def _check_outside_packs(folder: Path) -> None:
    """Refuse to make a pack inside another pack's folder: the outer pack would then
    hold a second pack.yaml among its files (read by its checks, copied with it), as
    no output may land inside a pack. Any folder above that has a pack.yaml (a file
    or a link) is a pack."""
    shown = display_path(folder)
    with path_errors(lambda why: OutputError(f"cannot create {shown[:200]}: {why}",
                                             Location(shown[:200]), code="RJ427")):
        resolved = Path(quietly_resolved(folder) or os.path.abspath(folder))
        for holder in resolved.parents:
            if os.path.lexists(holder / PACK_FILE):
                raise OutputError(
                    f"refusing to create {shown} inside the pack folder "
                    f"{display_path(holder)}", Location(shown), code="RJ421",
                    hint="create it beside that pack instead: choose another --dir")


def _parent_reference(folder: Path, parent: Pack) -> str:
    """How the child's ``extends:`` names its parent: by name, or for a folder pack by
    a relative path, which must stay inside the folder holding the child."""
    if parent.source != "folder":
        return parent.name
    holder = folder.parent.resolve()
    root = parent.root.resolve()
    if root == holder or not root.is_relative_to(holder):
        raise PackError(f"{display_path(parent.root)} is not in the folder that will hold "
                        f"{display_path(folder)}", None, code="RJ119",
                        hint="create the new pack beside its parent (--dir), so extends: can "
                             "name it by a relative path")
    return Path(os.path.relpath(root, folder.resolve())).as_posix()


def _child_pack_files(folder: Path, values: dict[str, str], parent: Pack) -> dict[str, bytes]:
    """The files of a child pack: its pack.yaml, README and a copy of each of the
    parent's samples, read through the pack's own door (a sample that is a link
    leading out, a FIFO, a device or too big is refused, as ``check`` refuses it)."""
    reference = _parent_reference(folder, parent)
    values = {**values, "parent": scalar(reference),
              "parent_title": scalar(f"{parent.title}, adapted.")}
    files = {"pack.yaml": _CHILD_PACK_YAML.format(**values).encode("utf-8"),
             "README.md": _README.format(**values).encode("utf-8")}
    samples, refused = sample_files(parent.root, SAMPLES_FOLDER)
    problems = list(refused)
    if len(samples) > MAX_SAMPLES:
        problems.append(too_many_samples(parent.root, len(samples)))
        samples = []
    for sample in samples:
        try:
            raw = read_file_inside(parent.root, sample, display_path(sample))
        except RejectletError as exc:
            problems.extend(exc.diagnostics)
            continue
        files[f"{SAMPLES_FOLDER}/{sample.name}"] = _repointed(raw)
    if problems:
        raise PackError(problems)
    return files


def _create(folder: Path, files: dict[str, bytes]) -> None:
    """Make ``folder`` and write ``files`` into it; on any failure (a name the system
    refuses, a full disk) remove what was made, the folders above ``folder`` that
    this made too, and raise a located error."""
    made: list[Path] = []
    try:
        _make_folders(folder, made)
        for relative, content in files.items():
            path = folder / relative
            if not path.parent.is_dir():
                path.parent.mkdir()
                made.append(path.parent)
            write_atomic(path, content)
            made.append(path)
    except BaseException as exc:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                if path.is_dir():
                    path.rmdir()
                else:
                    path.unlink()
        if isinstance(exc, OSError):
            raise _cannot_create(folder, exc) from None
        raise


def _make_folders(folder: Path, made: list[Path]) -> None:
    """Make ``folder`` and each missing folder above it, outermost first, adding each
    to ``made`` as it is made, so a failure later removes exactly these."""
    missing = [folder]
    while not missing[-1].parent.is_dir() and missing[-1].parent != missing[-1]:
        missing.append(missing[-1].parent)
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            if path == folder:  # made by someone else since it was checked
                raise _already_exists(folder) from None
            if not path.is_dir():
                raise
            continue  # a folder above, made by someone else meanwhile: not ours
        made.append(path)


def _already_exists(folder: Path) -> OutputError:
    shown = display_path(folder)
    return OutputError(f"{shown} already exists", Location(shown), code="RJ422",
                       hint="choose another name or folder")


def _cannot_create(folder: Path, exc: Exception) -> OutputError:
    return cannot_create(display_path(folder), exc, hint="check the name, the folder, its "
                                                         "permissions and the free space")


def _repointed(sample: bytes) -> bytes:
    """A copied sample whose ``pack:`` line names the new pack's folder."""
    return re.sub(rb"(?m)^pack:[^\n]*$", SAMPLE_PACK_LINE.encode("utf-8"), sample, count=1)


def _example(variable: Variable) -> Any:
    if variable.default is not None:
        if variable.type == "date" and variable.default == "today":
            return dt.date.today()
        return variable.default
    if variable.type == "list":
        return []
    if variable.type == "bool":
        return False
    if variable.type == "records":
        return [{name: _example(f) for name, f in variable.fields.items()}]
    if variable.type in ("integer", "date"):
        return None
    return ""


def _folded(value: Any) -> bool:
    """Whether a text default can be written as a folded block of one line: a plain
    line that reads back as itself (anything else is written quoted)."""
    return isinstance(value, str) and value == value.strip() \
        and comment_text(value) == value and "\n" not in value


def new_letter(pack: Pack, kind: str, *, pack_reference: str | None = None) -> str:
    """A letter data file for ``kind``: every value it uses, help as comments.

    ``pack_reference`` is what the ``pack:`` line says (a folder, say), by default
    the pack's name. Everything the pack supplies (help, choices, defaults) stays on
    its own line, so no pack text becomes a key of the user's letter."""
    letter = pack.letter(kind)
    lines = [
        f"# A {comment_text(kind)} letter from the {pack.name} pack. Fill in the empty "
        "values, then run:",
        "#   rejectlet check THIS-FILE   and   rejectlet render THIS-FILE",
        f"pack: {scalar(pack_reference or pack.name)}",
        f"letter: {scalar(kind)}",
    ]
    group_open = ""
    for name, variable in pack.variables.items():
        if not letter.needs(name) and name not in EMAIL_FIELDS:
            continue
        *groups, leaf = name.split(".")
        group = ".".join(groups)
        if group != group_open:
            if group:
                lines.append("")
                lines.append(f"{group}:")
            group_open = group
        indent = "  " * len(groups)
        note = variable.help or ""
        marks = [m for m in ("required" if variable.required else "",
                             f"one of {', '.join(variable.choices)}" if variable.choices else "")
                 if m]
        comment = comment_text(" — ".join(p for p in (note, "; ".join(marks)) if p))
        if not groups:
            lines.append("")
        if comment:
            lines.append(f"{indent}# {comment}")
        value = _example(variable)
        if variable.type == "records":
            lines.append(f"{indent}{leaf}:")
            for field_name, field in variable.fields.items():
                prefix = "  - " if field_name == next(iter(variable.fields)) else "    "
                field_note = comment_text(field.help + (" (required)" if field.required
                                                        else ""))
                lines.append(f"{indent}{prefix}{field_name}: {scalar(_example(field))}"
                             + (f"  # {field_note}" if field_note else ""))
        elif variable.type == "text" and value and _folded(value):
            lines.append(f"{indent}{leaf}: >-")
            lines.append(f"{indent}  {value}")
        else:
            lines.append(f"{indent}{leaf}: {scalar(value)}".rstrip())
    return "\n".join(lines) + "\n"
