"""Letter rules: a registry of small checks with stable codes (see docs/rules.md)."""

from .base import Finding, Rule, all_rules, find_rule, register, rule

__all__ = ["Finding", "Rule", "all_rules", "find_rule", "register", "rule"]
