"""Whom a German sentence addresses: "Sie" the reader, or "sie" a third party.

The word rules read a lower-case plain form, where the polite "Sie" (the
reader) and "sie" (she, they) look alike, as do "Ihre" (your) and "ihre"
(her, their). "Unsere Fahrer fühlten sich übergangen, bis ich sie in die
Planung einbezog" speaks of drivers, not of the reader. So before the German
frames read a sentence, a lower-case "sie", "ihnen" or "ihre…" that is not the
sentence's first word is masked in the copy the frames see: the frames that
need the reader then do not find one. The mask keeps every character's place,
so a finding still quotes the writer's own words.

A writer who types the whole sentence in lower case gives no signal, and the
sentence is read as before.
"""

from __future__ import annotations

from .linear import linear

#: Third-person forms that a capital letter would turn into the reader.
_THIRD = linear(r"\b(?:sie|ihnen|ihre|ihrem|ihren|ihrer|ihres)\b")
#: Any capital letter after the first character: the writer uses capitals.
_CAPITAL = linear(r"[A-Z]")


def masked_third_person(original: str, lower: str) -> str:
    """The lower-case sentence with each lower-case third-person pronoun masked.

    ``original`` is the sentence in plain form with its case; ``lower`` its
    lower-case twin, the same length. A masked word keeps its length ("sie"
    reads "s_e"), so positions in the result are positions in the sentence.
    """
    if _CAPITAL.search(original[1:]) is None:
        return lower
    first_word_end = len(original) - len(original.lstrip())
    while first_word_end < len(original) and original[first_word_end].isalpha():
        first_word_end += 1
    pieces: list[str] = []
    done = 0
    for hit in _THIRD.finditer(original):
        if hit.start < first_word_end:
            continue
        pieces.append(lower[done:hit.start + 1])
        pieces.append("_")
        done = hit.start + 2
    pieces.append(lower[done:])
    return "".join(pieces)
