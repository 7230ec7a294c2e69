"""How a worker process is started: the interpreter and paths it needs, the bubblewrap command
line, and the smoke check that decides whether bubblewrap (user namespaces) works here."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["JAIL_DIR", "SANDBOX_DIR", "Interpreter", "bwrap_argv", "find_bwrap", "plain_argv", "smoke_check"]

JAIL_DIR = Path(__file__).resolve().parent / "_jail"
# Inside bubblewrap: where the jail code is bound, and the tmpfs holding the work directories.
_JAIL_MOUNT = "/opt/genesis-sandbox"
SANDBOX_DIR = "/sandbox"
# The worker is a package (relative imports) named _jail; only its directory is put on sys.path,
# and taken off again before any tool runs.
_BOOT = "import sys;sys.path.insert(0,sys.argv[1]);from _jail import worker;del sys.path[0];worker.main()"


@dataclass(frozen=True)
class Interpreter:
    executable: str
    prefixes: tuple[str, ...]

    @classmethod
    def current(cls) -> Interpreter:
        """The base interpreter (not a venv's): tools get the standard library and nothing else."""
        prefixes = tuple(dict.fromkeys(os.path.realpath(p) for p in (sys.base_prefix, sys.base_exec_prefix)))
        candidates = [getattr(sys, "_base_executable", ""), sys.executable]
        for candidate in candidates:
            real = os.path.realpath(candidate) if candidate else ""
            if real and any(real.startswith(p + os.sep) for p in prefixes) and os.access(real, os.X_OK):
                return cls(real, prefixes)
        return cls(os.path.realpath(sys.executable), prefixes)

    def read_only_paths(self) -> tuple[str, ...]:
        """What a child may read (Landlock): the interpreter's prefix and the shared libraries that
        extension modules dlopen (libz, libffi, libsqlite3...). No /etc, no home, no data."""
        paths = [*self.prefixes, "/usr/lib", "/usr/lib64", "/lib", "/lib64", "/lib32", "/usr/share/zoneinfo"]
        return tuple(p for p in dict.fromkeys(paths) if os.path.exists(p))


def find_bwrap(explicit: str | None) -> str | None:
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    return shutil.which("bwrap")


def bwrap_argv(bwrap: str, interp: Interpreter, tmpfs_mb: int, disable_userns: bool = True) -> list[str]:
    argv = [bwrap, "--unshare-all", "--unshare-user"]  # as root, --unshare-all alone keeps the host userns
    if disable_userns:
        argv.append("--disable-userns")
    argv += ["--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv", "--ro-bind", "/usr", "/usr"]
    for name in ("/lib", "/lib64", "/lib32", "/libx32"):
        if os.path.islink(name):
            argv += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            argv += ["--ro-bind", name, name]
    for prefix in interp.prefixes:
        if not prefix.startswith("/usr/"):
            argv += ["--ro-bind", prefix, prefix]
    argv += [
        "--ro-bind", str(JAIL_DIR), f"{_JAIL_MOUNT}/_jail",
        "--proc", "/proc", "--dev", "/dev",
        "--size", str(tmpfs_mb << 20), "--tmpfs", SANDBOX_DIR,
        "--chdir", SANDBOX_DIR,
        "--", interp.executable, "-I", "-S", "-c", _BOOT, _JAIL_MOUNT,
    ]  # fmt: skip
    return argv


def plain_argv(interp: Interpreter) -> list[str]:
    return [interp.executable, "-I", "-S", "-c", _BOOT, str(JAIL_DIR.parent)]


async def smoke_check(bwrap: str, interp: Interpreter, tmpfs_mb: int) -> tuple[bool, str]:
    """Start the interpreter inside bubblewrap once. Returns (works, --disable-userns supported or why not)."""
    last = ""
    for disable_userns in (True, False):
        argv = bwrap_argv(bwrap, interp, tmpfs_mb, disable_userns)
        argv[argv.index("--") + 1 :] = [interp.executable, "-I", "-S", "-c", "pass"]
        proc = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE, env={}, start_new_session=True,
        )  # fmt: skip
        _, err = await proc.communicate()
        if proc.returncode == 0:
            return True, "yes" if disable_userns else "no"
        last = err.decode(errors="replace").strip() or f"exit status {proc.returncode}"
        if "disable-userns" not in last:  # an old bwrap says "Unknown option --disable-userns"
            break
    return False, last
