"""Commands rejectlet suggests for a person to paste into a shell, quoted.

A reminder's description and the message after ``rejectlet new pack`` suggest a
command built from names a pack or a user chose: a pack's folder, a letter
kind, a file. A folder called ``x$(touch PWNED); echo`` (an unzipped download
chooses its own name) would run its own command when the suggestion is pasted.
Every word is quoted for a POSIX shell, so a pasted command runs rejectlet
with exactly the words shown, and a plain word stays as it is.
"""

from __future__ import annotations

import shlex


def command_line(*words: str) -> str:
    """The words as one command a POSIX shell splits back into exactly them."""
    return " ".join(shlex.quote(word) for word in words)
