"""Loading packs, in four stages that each live in their own module.

* **read** (:mod:`.read` and the ``read_*`` modules): one pack.yaml as written,
  one function per top-level key, every value located, no parent logic;
* **merge** (:mod:`.merge`): ``extends:`` by name, a letter overridable key by key;
* **compile** (:mod:`.compile`): every template of the merged pack compiled once
  and addressed by a typed :class:`~rejectlet.model.TemplateRef`;
* **finder** (:mod:`.finder`): built-in, installed and folder packs, and the
  bounded cache of loaded packs (:mod:`.cache`).

Every file the loader reads goes through :mod:`.files`, which keeps a pack
inside its own folder.
"""

from ..model import TemplateKind, TemplateRef
from .cache import MAX_PACKS, clear_pack_cache
from .finder import (
    ENTRY_POINT_GROUP,
    PackInfo,
    builtin_names,
    builtin_pack_dirs,
    find_packs,
    load_pack,
    load_pack_folder,
)
from .read import PACK_FILE

__all__ = [
    "ENTRY_POINT_GROUP",
    "MAX_PACKS",
    "PACK_FILE",
    "PackInfo",
    "TemplateKind",
    "TemplateRef",
    "builtin_names",
    "builtin_pack_dirs",
    "clear_pack_cache",
    "find_packs",
    "load_pack",
    "load_pack_folder",
]
