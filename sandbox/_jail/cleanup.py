"""What the worker does after each call: kill what is left of the child, reap orphans, remove its
work directory, and wipe buffers that held the call's data."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import stat


def zero(buffer: bytearray, size: int) -> None:
    if size:
        ctypes.memset((ctypes.c_char * size).from_buffer(buffer), 0, size)


def kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def reap_strays(pgid: int) -> int:
    """Orphans of a call come to us (we are a subreaper) and stay in its process group (setpgid
    and setsid are denied). None should exist: fork is denied too."""
    count = 0
    while True:
        try:
            pid, _ = os.waitpid(-pgid, os.WNOHANG)
        except ChildProcessError:
            return count
        if pid == 0:
            return count
        count += 1


def wipe(path: str) -> bool:
    """Remove a call's directory. A tool may have left 000 directories; we own them, so open them up."""
    for _ in range(3):
        try:
            shutil.rmtree(path)
            return True
        except FileNotFoundError:
            return True
        except RecursionError:  # deeper than shutil recurses: the pool recycles us and rm -rf copes
            return False
        except OSError:
            try:
                _open_up(path)
            except (OSError, RecursionError):
                return False
    return False


def _open_up(path: str) -> None:
    os.chmod(path, 0o700)
    for root, dirs, _ in os.walk(path):
        for name in dirs:
            sub = os.path.join(root, name)
            if stat.S_ISDIR(os.lstat(sub).st_mode):
                os.chmod(sub, 0o700)
