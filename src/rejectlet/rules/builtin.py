"""Imports every built-in rule module so each registers itself once."""

from . import length, purpose, structure, tone, unfilled  # noqa: F401
