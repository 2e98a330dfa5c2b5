"""PDF through WeasyPrint, imported only here so ``import rejectlet`` stays light.

WeasyPrint reads nothing but what the fetcher below allows: files inside the
pack folder and ``data:`` URIs. Any other reference (``file://`` elsewhere,
``http://``) is refused and reported as a :class:`RenderError` naming it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..diagnostics import Location
from ..errors import RenderError
from ..model import Letter
from .document import DocumentOptions, build_html

PAGE_SIZES = {"letter": "letter", "a4": "A4"}
PAGE_CSS = "@page {{ size: {size}; margin: {margin}; }}"
MARGINS = {"letter": "0.7in 1in 0.75in 1in", "a4": "18mm 20mm 20mm 25mm"}


def _fetcher_class() -> Any:
    from weasyprint.urls import URLFetcher

    class PackOnlyFetcher(URLFetcher):  # type: ignore[misc]
        """Serves the pack's own files and data: URIs; refuses everything else."""

        def __init__(self, root: Path) -> None:
            super().__init__(allowed_protocols=("file", "data"), allow_redirects=False,
                             timeout=1)
            self.root = root.resolve()
            self.blocked: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(unquote(urlsplit(url).path)).resolve()
                if path.is_relative_to(self.root) and path.is_file():
                    return super().fetch(url, headers)
            self.blocked.append(url)
            raise ValueError(f"blocked by rejectlet: {url}")

    return PackOnlyFetcher


def render_pdf(letter: Letter, page_size: str | None = None) -> bytes:
    """The letter as PDF bytes, on the pack's paper size unless one is given."""
    size_key = (page_size or letter.pack.page.size).lower()
    if size_key not in PAGE_SIZES:
        raise RenderError(f"unknown page size {page_size!r}", None, code="RJ411",
                          hint=f"use one of: {', '.join(PAGE_SIZES)}")
    page_css = PAGE_CSS.format(size=PAGE_SIZES[size_key], margin=MARGINS[size_key])
    html_text = build_html(letter, DocumentOptions(letterhead=True, page_css=page_css))

    import weasyprint

    fetcher = _fetcher_class()(letter.pack.root)
    logger = logging.getLogger("weasyprint")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)  # refusals are reported below, once, in plain words
    try:
        document = weasyprint.HTML(string=html_text, base_url=letter.pack.root.as_uri() + "/",
                                   url_fetcher=fetcher)
        pdf: bytes = document.write_pdf()
    finally:
        logger.setLevel(previous)
    if fetcher.blocked:
        raise RenderError(
            [_blocked(letter, url) for url in dict.fromkeys(fetcher.blocked)])
    return pdf


def _blocked(letter: Letter, url: str) -> Any:
    from ..diagnostics import Diagnostic, Severity

    where = (Location(str(letter.pack.stylesheet)) if letter.pack.stylesheet
             else letter.pack.location)
    return Diagnostic("RJ412", Severity.ERROR, f"reference to {url} was blocked", where,
                      "a pack may only use files inside its own folder; no network, "
                      "no other files")
