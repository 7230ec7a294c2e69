"""Per-child hardening that is not Landlock: prctl flags, capabilities, rlimits and loading the
seccomp filter the pool compiled (raw BPF bytes, ~20 lines instead of libseccomp in the jail)."""

from __future__ import annotations

import ctypes
import errno
import os
import resource

_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_GET_SECCOMP = 21
_PR_SET_SECCOMP = 22
_PR_CAPBSET_READ = 23
_PR_CAPBSET_DROP = 24
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_CHILD_SUBREAPER = 36
_PR_CAP_AMBIENT = 47
_PR_CAP_AMBIENT_CLEAR_ALL = 4
_SECCOMP_MODE_FILTER = 2
_CAP_VERSION_3 = 0x20080522

_libc = ctypes.CDLL(None, use_errno=True)
_prctl = _libc.prctl
_prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
_prctl.restype = ctypes.c_int


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def prctl(option: int, arg: int = 0, arg3: int = 0) -> int:
    result = int(_prctl(option, arg, arg3, 0, 0))
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl({option}): {os.strerror(err)}")
    return result


def die_with_parent() -> None:
    prctl(_PR_SET_PDEATHSIG, 9)


def become_subreaper() -> None:
    prctl(_PR_SET_CHILD_SUBREAPER, 1)


def seccomp_mode() -> int:
    """0 when this process has no filter (and the kernel supports PR_GET_SECCOMP), 2 with one."""
    return prctl(_PR_GET_SECCOMP)


def undumpable() -> None:
    """No core files, and same-uid processes cannot open /proc/<pid>/mem or ptrace us."""
    prctl(_PR_SET_DUMPABLE, 0)


def no_new_privs() -> None:
    prctl(_PR_SET_NO_NEW_PRIVS, 1)


def drop_capabilities() -> None:
    """Empty the bounding, ambient, effective, permitted and inheritable sets (matters when the pool
    runs as root without a user namespace: CAP_DAC_OVERRIDE, CAP_SYS_ADMIN, CAP_SYS_RAWIO...).
    The worker does this once; its children inherit the result and only ``clear_capabilities``."""
    for cap in range(64):
        try:
            if not prctl(_PR_CAPBSET_READ, cap):
                continue
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # past the last capability this kernel knows
                break
            raise
        try:
            prctl(_PR_CAPBSET_DROP, cap)
        except OSError as exc:
            # Without CAP_SETPCAP the bounding set stays; it only matters across exec, which is denied.
            if exc.errno != errno.EPERM:
                raise
    clear_capabilities()


def clear_capabilities() -> None:
    """Ambient, effective, permitted and inheritable sets to empty (two syscalls)."""
    prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL)
    data = (_CapData * 2)()
    if _libc.capset(ctypes.byref(_CapHeader(_CAP_VERSION_3, 0)), data) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"capset: {os.strerror(err)}")


def set_limits(memory_bytes: int, cpu_s: int, fsize_bytes: int, nofile: int, nproc: int | None) -> None:
    # Hard limits too: lowering needs no privilege, and the filter denies raising them again.
    limits = [
        (resource.RLIMIT_AS, memory_bytes),
        (resource.RLIMIT_FSIZE, fsize_bytes),
        (resource.RLIMIT_NOFILE, nofile),
        (resource.RLIMIT_CORE, 0),
    ]
    if nproc is not None:
        limits.append((resource.RLIMIT_NPROC, nproc))
    for which, value in limits:
        resource.setrlimit(which, (value, value))
    # SIGXCPU at the soft limit, SIGKILL one second later.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))


class SeccompProgram:
    """A BPF program prepared once in the worker; ``load`` is one prctl in the child."""

    def __init__(self, bpf: bytes) -> None:
        if not bpf or len(bpf) % 8:
            raise ValueError("a BPF program is a non-empty sequence of 8-byte instructions")
        self._buffer = ctypes.create_string_buffer(bpf, len(bpf))
        self._prog = _SockFprog(len(bpf) // 8, ctypes.addressof(self._buffer))
        self.instructions = len(bpf) // 8

    def load(self) -> None:
        """Requires no_new_privs. Irreversible for this process and everything it creates."""
        prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(self._prog))
