"""The seccomp filter every tool child loads: default allow, a deny list of what a pure function
never needs. Compiled once per process with libseccomp (through ``pyseccomp``) and handed to the
workers as raw BPF bytes, so the jail needs neither libseccomp nor a compile per call."""

from __future__ import annotations

import errno
import functools
import importlib
import socket
import tempfile
from typing import Any

__all__ = ["DENIED", "SeccompUnavailable", "build_filter"]


class SeccompUnavailable(RuntimeError):
    """libseccomp (Debian: libseccomp2) or pyseccomp is missing, or the kernel rejects filters."""


# Each fails with EPERM (clone3: ENOSYS, so that glibc falls back to clone, which we can inspect).
DENIED: dict[str, tuple[str, ...]] = {
    "network": ("socket", "connect", "bind", "listen", "accept", "accept4"),  # socketpair: AF_UNIX only
    "exec": ("execve", "execveat"),
    "new processes": ("fork", "vfork"),  # clone without CLONE_THREAD below
    "other processes": (
        "ptrace",
        "process_vm_readv",
        "process_vm_writev",
        "kcmp",
        "pidfd_open",
        "pidfd_getfd",
        "pidfd_send_signal",
        "process_madvise",
        "process_mrelease",
    ),
    "signals": ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"),
    "sessions": ("setsid", "setpgid"),
    "namespaces and mounts": (
        "unshare",
        "setns",
        "mount",
        "umount2",
        "pivot_root",
        "chroot",
        "fsopen",
        "fsconfig",
        "fsmount",
        "fspick",
        "move_mount",
        "open_tree",
        "mount_setattr",
    ),
    "kernel surface": (
        "keyctl",
        "add_key",
        "request_key",
        "bpf",
        "perf_event_open",
        "userfaultfd",
        "io_uring_setup",
        "io_uring_enter",
        "io_uring_register",
        "memfd_create",
        "memfd_secret",
        "open_by_handle_at",
        "name_to_handle_at",
        "fanotify_init",
        "quotactl",
        "syslog",
        "acct",
        "vhangup",
        "uselib",
        "lookup_dcookie",
    ),
    "machine state": (
        "init_module",
        "finit_module",
        "delete_module",
        "kexec_load",
        "kexec_file_load",
        "reboot",
        "swapon",
        "swapoff",
        "iopl",
        "ioperm",
        "settimeofday",
        "clock_settime",
        "clock_adjtime",
        "adjtimex",
        "sethostname",
        "setdomainname",
    ),
    "scheduling of others": (
        "sched_setaffinity",
        "sched_setscheduler",
        "sched_setparam",
        "sched_setattr",
        "ioprio_set",
        "migrate_pages",
        "move_pages",
        "set_mempolicy",
        "mbind",
    ),
    "limits": ("setrlimit", "setpriority"),  # prlimit64 with a new limit below
}

_CLONE_THREAD = 0x00010000
_CLONE_NAMESPACES = (
    0x00000080,
    0x00020000,
    0x02000000,
    0x04000000,
    0x08000000,
    0x10000000,
    0x20000000,
    0x40000000,
)  # NEWTIME NEWNS NEWCGROUP NEWUTS NEWIPC NEWUSER NEWPID NEWNET
_PR_SET_PDEATHSIG = 1


@functools.cache
def build_filter() -> bytes:
    """The BPF program for this machine's architecture. Raises SeccompUnavailable."""
    try:
        sc_any: Any = importlib.import_module("pyseccomp")  # untyped; a thin ctypes layer over libseccomp
    except (ImportError, RuntimeError, OSError) as exc:  # pyseccomp raises RuntimeError without libseccomp
        raise SeccompUnavailable(f"cannot load libseccomp through pyseccomp: {exc}") from exc
    deny = sc_any.ERRNO(errno.EPERM)
    f = sc_any.SyscallFilter(sc_any.ALLOW)
    # A syscall of a foreign ABI (x32, i386 int 0x80) kills the whole process.
    f.set_attr(sc_any.Attr.ACT_BADARCH, sc_any.KILL_PROCESS)
    for names in DENIED.values():
        for name in names:
            if sc_any.resolve_syscall(sc_any.Arch.NATIVE, name) < 0:
                continue  # not on this architecture
            f.add_rule(deny, name)
    f.add_rule(sc_any.ERRNO(errno.ENOSYS), "clone3")
    # clone is how threads are made: allow it only with CLONE_THREAD and without new namespaces.
    # (flags are argument 0 on x86_64 and aarch64; s390 swaps them and is not supported here.)
    f.add_rule(deny, "clone", sc_any.Arg(0, sc_any.MASKED_EQ, _CLONE_THREAD, 0))
    for flag in _CLONE_NAMESPACES:
        f.add_rule(deny, "clone", sc_any.Arg(0, sc_any.MASKED_EQ, flag, flag))
    # asyncio's event loop wakes itself through an AF_UNIX socketpair: connected to nothing else.
    f.add_rule(deny, "socketpair", sc_any.Arg(0, sc_any.NE, socket.AF_UNIX))
    # getrlimit is prlimit64(0, res, NULL, &old) in glibc: deny only when a new limit is passed.
    f.add_rule(deny, "prlimit64", sc_any.Arg(2, sc_any.NE, 0))
    # The child dies with its worker; it must not be able to undo that.
    f.add_rule(deny, "prctl", sc_any.Arg(0, sc_any.EQ, _PR_SET_PDEATHSIG))
    with tempfile.TemporaryFile() as out:
        f.export_bpf(out)
        out.seek(0)
        program = out.read()
    if not program or len(program) % 8:
        raise SeccompUnavailable(f"libseccomp exported a malformed program ({len(program)} bytes)")
    return bytes(program)
