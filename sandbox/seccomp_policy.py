"""The seccomp filters: default allow, deny lists of what a pure function never needs. Compiled
once per process with libseccomp (through ``pyseccomp``) and handed to the workers as raw BPF
bytes, so the jail needs neither libseccomp nor a compile per call.

Two filters stack. The worker loads the first at start: it covers everything neither the worker
nor a tool needs (sockets, exec, other processes' memory, namespaces, mounts, kernel attack
surface...), so it constrains the worker too and costs children nothing. Each child loads the
second, small one just before the tool runs: no new processes, no signals, no new session, no
raised limits (the worker itself needs those). A small per-call filter is also a cheap one: the
kernel's cost of attaching a filter grows with its length."""

from __future__ import annotations

import errno
import functools
import importlib
import socket
import tempfile
from dataclasses import dataclass
from typing import Any

__all__ = ["CHILD_DENIED", "WORKER_DENIED", "Filters", "SeccompUnavailable", "build_filters"]


class SeccompUnavailable(RuntimeError):
    """libseccomp (Debian: libseccomp2) or pyseccomp is missing, or the kernel rejects filters."""


# Each fails with EPERM. Names missing on this architecture are skipped.
WORKER_DENIED: dict[str, tuple[str, ...]] = {
    "network": ("socket", "connect", "bind", "listen", "accept", "accept4"),  # socketpair: AF_UNIX only
    "exec": ("execve", "execveat"),
    "other processes": ("ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
                        "pidfd_send_signal", "process_madvise", "process_mrelease"),
    "namespaces and mounts": ("unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "fsopen",
                              "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr"),
    "kernel surface": ("keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd",
                       "io_uring_setup", "io_uring_enter", "io_uring_register", "memfd_create", "memfd_secret",
                       "open_by_handle_at", "name_to_handle_at", "fanotify_init", "quotactl", "syslog", "acct",
                       "vhangup", "uselib", "lookup_dcookie"),
    "machine state": ("init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load", "reboot",
                      "swapon", "swapoff", "iopl", "ioperm", "settimeofday", "clock_settime", "clock_adjtime",
                      "adjtimex", "sethostname", "setdomainname"),
    "scheduling of others": ("sched_setaffinity", "sched_setscheduler", "sched_setparam", "sched_setattr",
                             "ioprio_set", "migrate_pages", "move_pages", "set_mempolicy", "mbind"),
}  # fmt: skip
CHILD_DENIED: dict[str, tuple[str, ...]] = {
    "new processes": ("fork", "vfork"),  # and clone without CLONE_THREAD; clone3 -> ENOSYS
    "signals": ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_open"),
    "sessions": ("setsid", "setpgid"),
    "limits": ("setrlimit", "setpriority"),  # and prlimit64 with a new limit
}

_CLONE_THREAD = 0x00010000
# NEWTIME NEWNS NEWCGROUP NEWUTS NEWIPC NEWUSER NEWPID NEWNET
_CLONE_NAMESPACES = (0x80, 0x20000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000)
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Filters:
    worker: bytes
    child: bytes

    @property
    def instructions(self) -> tuple[int, int]:
        return len(self.worker) // 8, len(self.child) // 8


def _new(sc: Any) -> Any:
    f = sc.SyscallFilter(sc.ALLOW)
    # A syscall of a foreign ABI (x32, i386 int 0x80) kills the whole process.
    f.set_attr(sc.Attr.ACT_BADARCH, sc.KILL_PROCESS)
    return f


def _deny(sc: Any, f: Any, groups: dict[str, tuple[str, ...]]) -> None:
    for names in groups.values():
        for name in names:
            if sc.resolve_syscall(sc.Arch.NATIVE, name) >= 0:
                f.add_rule(sc.ERRNO(errno.EPERM), name)


def _export(f: Any) -> bytes:
    with tempfile.TemporaryFile() as out:
        f.export_bpf(out)
        out.seek(0)
        program = out.read()
    if not program or len(program) % 8:
        raise SeccompUnavailable(f"libseccomp exported a malformed program ({len(program)} bytes)")
    return bytes(program)


@functools.cache
def build_filters() -> Filters:
    """Both BPF programs for this machine's architecture. Raises SeccompUnavailable."""
    try:
        sc: Any = importlib.import_module("pyseccomp")  # untyped; a thin ctypes layer over libseccomp
    except (ImportError, RuntimeError, OSError) as exc:  # pyseccomp raises RuntimeError without libseccomp
        raise SeccompUnavailable(f"cannot load libseccomp through pyseccomp: {exc}") from exc
    deny = sc.ERRNO(errno.EPERM)
    # (clone's flags are argument 0 on x86_64 and aarch64; s390 swaps them and is not supported here.)
    worker = _new(sc)
    _deny(sc, worker, WORKER_DENIED)
    # asyncio's event loop wakes itself through an AF_UNIX socketpair: connected to nothing else.
    worker.add_rule(deny, "socketpair", sc.Arg(0, sc.NE, socket.AF_UNIX))
    for flag in _CLONE_NAMESPACES:
        worker.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
    child = _new(sc)
    _deny(sc, child, CHILD_DENIED)
    # clone is how threads are made: allow it only with CLONE_THREAD. clone3 hides its flags in
    # memory, so it answers ENOSYS and glibc falls back to clone.
    child.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, _CLONE_THREAD, 0))
    child.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    # getrlimit is prlimit64(0, res, NULL, &old) in glibc: deny only when a new limit is passed.
    child.add_rule(deny, "prlimit64", sc.Arg(2, sc.NE, 0))
    # The child dies with its worker; it must not be able to undo that.
    child.add_rule(deny, "prctl", sc.Arg(0, sc.EQ, _PR_SET_PDEATHSIG))
    return Filters(_export(worker), _export(child))
