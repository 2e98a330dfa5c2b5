"""Imports every built-in rule module so each registers itself once."""

from . import card, email_css, followup, length, purpose, structure, tone, unfilled  # noqa: F401
