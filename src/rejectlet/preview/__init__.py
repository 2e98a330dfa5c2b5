"""A live preview of a letter or a pack, served on 127.0.0.1.

``rejectlet preview DATA|PACK`` renders the letter as HTML and as PDF pages side
by side, with the diagnostics listed at their file and line, and renders again
each time a watched file is saved. The pieces: :mod:`.session` decides what to
render and caches it per edit, :mod:`.rasterize` turns PDF pages into images,
:mod:`.watcher` notices saves, and :mod:`.server` serves the page and pushes a
server-sent event to it after every change.
"""

from .server import PreviewServer
from .session import PreviewSession, Selection

__all__ = ["PreviewServer", "PreviewSession", "Selection"]
