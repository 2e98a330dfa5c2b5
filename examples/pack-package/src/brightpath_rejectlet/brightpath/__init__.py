"""The brightpath pack folder (pack.yaml lives here)."""
