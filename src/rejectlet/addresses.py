"""The one test of whether a string is an email address rejectlet can use.

Composing checks ``email`` values with it and the email renderer checks the
headers it writes with it, so a letter that composes never fails later on its
addresses. The syntax test is email-validator's; it looks up nothing on the
network. On top of it an address must be plain ASCII, because the messages we
write are not sent through SMTPUTF8 servers: an internationalised domain is
written in its ``xn--`` form.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def is_email_address(address: str) -> bool:
    """Whether ``address`` is a bare, ASCII address such as ``name@example.com``.

    Display names (``Ana <ana@example.com>``), quoted local parts, IP-address
    domains and reserved names such as ``localhost`` or ``.invalid`` are refused:
    a letter goes to a person at a real mail domain.

    The answer depends on the text alone, and a batch asks about the same sender
    (and often the same recipients) in every row, at composing and again when
    the email is built, so recent answers are kept.
    """
    if not address or not address.isascii() or address != address.strip():
        return False
    # imported on first use: loading data that has no email value should not pay for it
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=False,
                       allow_display_name=False, allow_quoted_local=False,
                       allow_domain_literal=False, allow_empty_local=False)
    except EmailNotValidError:
        return False
    return True


__all__ = ["is_email_address"]
