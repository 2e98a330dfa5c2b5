"""Allow ``python -m rejectlet``."""

from .cli import main

main()
