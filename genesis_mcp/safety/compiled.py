"""Whether the checker runs compiled (mypyc, built by ``setup.py``) or from its Python sources.

The compiled modules sit beside their sources and Python would import them first, even after a source was
edited: a stale build would then check tools with old rules. So before the package imports its modules,
``choose`` takes the compiled build only when every compiled module's source is the one it was built from
(checksums the build wrote; file times cannot tell, since a wheel's install writes the sources last) and
the shared runtime loads; otherwise (or with ``GENESIS_MCP_PURE=1``) it points the package's imports at the
sources.
Both give the same reports (tests/safety/test_safety_compiled.py); the compiled one is about twice as fast.
This module and ``__init__`` are never compiled.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import sys
import zlib
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

__all__ = ["RUNTIME", "choose", "is_compiled"]

log = logging.getLogger(__name__)
PACKAGE = __name__.rpartition(".")[0]
HERE = Path(__file__).resolve().parent
RUNTIME = "genesis_mcp_safety__mypyc"  # the shared library mypyc builds for the group (setup.py)
MANIFEST = "compiled_sources.json"  # each compiled module's source checksum at build time (setup.py)


class _Sources(MetaPathFinder):
    """Finds the package's modules as their ``.py`` files, ahead of any compiled module of the same name."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, leaf = fullname.rpartition(".")
        source = HERE / f"{leaf}.py"
        if package != PACKAGE or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def _compiled() -> dict[str, Path]:
    """Each module name with its compiled file, where one exists."""
    found = {}
    for file in HERE.iterdir():
        for suffix in EXTENSION_SUFFIXES:  # the most specific first: x.cpython-311-...so, then x.abi3.so, x.so
            if file.name.endswith(suffix):
                found[file.name[: -len(suffix)]] = file
                break
    return found


def _stale(compiled: dict[str, Path]) -> str | None:
    """Why the compiled build may not be used, or None."""
    try:
        built = json.loads((HERE / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        built = None
    if not isinstance(built, dict):
        return f"{MANIFEST}, which says what it was built from, is missing or unreadable"
    for name in compiled:
        source = HERE / f"{name}.py"
        if not source.is_file() or built.get(name) != zlib.crc32(source.read_bytes()):
            return f"{source.name} has changed since it was compiled"
    try:
        importlib.import_module(RUNTIME)
    except ImportError as error:
        return f"its runtime does not load ({error})"
    return None


def choose() -> None:
    """Run from ``__init__`` before any other module of the package is imported."""
    compiled = _compiled()
    if not compiled:
        return
    if os.environ.get("GENESIS_MCP_PURE") != "1":  # asked for: no need to say so
        reason = _stale(compiled)
        if reason is None:
            return
        log.warning("the compiled safety checker is not used (%s); running its sources, about half as fast. "
                    "Rebuild it with `pip install -e .` (or `make test`).", reason)  # fmt: skip
    if not any(isinstance(finder, _Sources) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Sources())


def is_compiled() -> bool:
    """Whether the checker's walk runs as compiled code in this process."""
    module = sys.modules.get(f"{PACKAGE}.checker")
    return module is not None and not (module.__file__ or "").endswith(".py")
