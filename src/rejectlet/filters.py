"""The wording filters every pack template can use, bound to the pack's language.

The sandbox registers these by name; docs/pack-authors.md lists each with an
example. Every filter takes letter data and returns text (or, for
``accusative``, a list), so values still reach Markdown only as tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from . import grammar, names


def letter_filters(language: str) -> dict[str, Callable[..., Any]]:
    """Name and grammar filters for a pack written in ``language``."""
    return {
        # names: explicit fields first, then the parsed full name
        "formal_name": names.formal_name,
        "friendly_name": names.friendly_name,
        "family_name": names.family_name,
        "given_name": names.given_name,
        "plain_name": names.plain_name,
        "address_name": partial(names.address_name, language=language),
        # the older names of two of them, kept for packs written before
        "last_name": names.family_name,
        "first_name": names.given_name,
        # grammar that follows the data
        "possessive": partial(grammar.possessive, language=language),
        "agree": grammar.agree,
        "plural": grammar.plural,
        "count": grammar.count,
        "sentence_start": grammar.sentence_start,
        "mid_sentence": partial(grammar.mid_sentence, language=language),
        "phrase": partial(grammar.phrase, language=language),
        "because": grammar.because,
        "with_noun": grammar.with_noun,
        "posting_title": grammar.posting_title,
        "accusative": grammar.accusative,
    }
