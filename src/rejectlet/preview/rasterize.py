"""PDF pages to PNG images, so any browser shows the printed letter as it is.

Browsers differ in whether and how they show a PDF inside a page (headless ones
often not at all); PDFium draws the same pixels a PDF viewer would.
"""

from __future__ import annotations

import io

#: Pixels per point: 96 dpi, about what the page shows at 100 % zoom.
SCALE = 96 / 72


def pdf_pages_to_png(pdf: bytes, scale: float = SCALE) -> tuple[bytes, ...]:
    """Every page of ``pdf`` as a PNG image."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=scale)
                buffer = io.BytesIO()
                bitmap.to_pil().save(buffer, format="PNG", optimize=False, compress_level=1)
                images.append(buffer.getvalue())
            finally:
                page.close()
        return tuple(images)
    finally:
        document.close()
