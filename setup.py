"""Builds the safety checker's walk with mypyc when it can; everything else is in pyproject.toml.

mypyc (part of mypy) compiles the checker's typed modules to C extensions: the same code, about twice as
fast past the parse (README, Safety checker). Without a C compiler, or with ``GENESIS_MCP_PURE=1``, the
package installs as plain Python and behaves the same, only slower. ``genesis_mcp/safety/compiled.py``
falls back to the sources by itself when one has changed since the build (the manifest written here).
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
# Not compiled: __init__ and compiled (they decide whether the compiled modules are fresh), and the two
# pydantic modules (policy, report), which are not on the hot path and which mypyc does not build.
PLAIN = {"__init__.py", "compiled.py", "policy.py", "report.py"}
MANIFEST = "compiled_sources.json"  # read by genesis_mcp/safety/compiled.py


def _sources() -> list[Path]:
    """The modules mypyc compiles (and the manifest lists)."""
    return sorted(p for p in (HERE / "genesis_mcp" / "safety").glob("*.py") if p.name not in PLAIN)


def _compiled_modules() -> list[object]:
    if os.environ.get("GENESIS_MCP_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.stderr.write("note: mypyc is not installed; the safety checker installs as plain Python\n")
        return []
    os.chdir(HERE)  # mypycify takes paths relative to the project
    try:
        return list(mypycify([str(p.relative_to(HERE)) for p in _sources()], opt_level="3",
                             group_name="genesis_mcp_safety"))  # fmt: skip
    except (SystemExit, Exception) as error:  # mypy found a type error: build plain rather than fail
        sys.stderr.write(f"note: mypyc could not compile the safety checker ({error}); it installs as plain Python\n")
        return []


class OptionalBuildExt(build_ext):
    """No C compiler (or a failed compile) leaves the plain-Python package, which works the same."""

    def run(self) -> None:
        try:
            super().run()  # all or nothing: a failed module stops the build, and no manifest marks it usable
        except Exception as error:
            sys.stderr.write(f"note: the safety checker was not compiled ({error}); it runs as plain Python\n")
            return
        if self.extensions:
            self._write_manifest()

    def _write_manifest(self) -> None:
        """What each compiled module was built from (compiled.py compares it with the sources it finds).

        File times cannot say it: a wheel's install writes the sources after the compiled files."""
        manifest = json.dumps({p.stem: zlib.crc32(p.read_bytes()) for p in _sources()}, indent=0)
        targets = [Path(self.build_lib) / "genesis_mcp" / "safety"]
        if self.inplace or getattr(self, "editable_mode", False):
            targets.append(HERE / "genesis_mcp" / "safety")
        for target in targets:
            target.mkdir(parents=True, exist_ok=True)
            (target / MANIFEST).write_text(manifest + "\n", encoding="utf-8")


setup(ext_modules=_compiled_modules(), cmdclass={"build_ext": OptionalBuildExt})
