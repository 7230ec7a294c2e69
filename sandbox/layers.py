"""Start-up decisions about the layers: whether workers run inside bubblewrap, which layers are
required (fail closed), and how each layer is described in the self-test report.

Policy: seccomp and Landlock (any ABI) are required in every mode; a missing one stops the pool
with a message naming it. Bubblewrap is the one optional layer: with ``bwrap="auto"`` a host
without working user namespaces gets the same pool without it and a loud warning."""

from __future__ import annotations

import os
from typing import Any

from . import launch, seccomp_policy
from .config import Layer, PoolConfig, SandboxError

__all__ = ["choose_launcher", "describe"]

_NAMESPACES = ("user", "pid", "net", "mnt", "ipc")
_DEGRADED = "workers run WITHOUT namespaces (Landlock + seccomp + rlimits only)"


async def choose_launcher(cfg: PoolConfig, interp: launch.Interpreter, warnings: list[str]) -> tuple[list[str], bool]:
    """The worker command line and whether it runs inside bubblewrap. Raises SandboxError when
    bubblewrap is required and does not work here."""
    if cfg.bwrap == "off":
        warnings.append(f"bubblewrap is off by configuration: {_DEGRADED}")
        return launch.plain_argv(interp), False
    path = launch.find_bwrap(cfg.bwrap_path)
    if path is None:
        reason = "bwrap not found (Debian: apt-get install bubblewrap)"
    else:
        works, detail = await launch.smoke_check(path, interp, cfg.tmpfs_mb)
        if works:
            return launch.bwrap_argv(path, interp, cfg.tmpfs_mb, disable_userns=detail == "yes"), True
        reason = f"bubblewrap cannot create its namespaces here ({detail})"
    if cfg.bwrap == "require":
        raise SandboxError(f"namespace layer missing: {reason}")
    warnings.append(f"{reason}; {_DEGRADED}")
    return launch.plain_argv(interp), False


def describe(
    cfg: PoolConfig,
    hello: dict[str, Any],
    interp: launch.Interpreter,
    namespaces: bool,
    warnings: list[str],
) -> tuple[Layer, ...]:
    """The report's layers, from what a worker says about itself. Raises SandboxError for a
    required layer that is missing."""
    if namespaces:
        own = {n: os.readlink(f"/proc/self/ns/{n}") for n in _NAMESPACES}
        shared = [n for n in _NAMESPACES if hello["namespaces"].get(n) in ("", own[n])]
        if shared:
            raise SandboxError(f"namespace layer incomplete: the worker shares {', '.join(shared)} with the server")
        ns = Layer(
            "namespaces",
            True,
            f"bubblewrap: own user (uid_map {hello['uid_map']!r}, no capabilities), pid, net (interfaces "
            f"{hello['interfaces']}), mount, ipc, uts namespaces; no /etc, no home, no data dir; "
            f"a {cfg.tmpfs_mb} MiB tmpfs for work dirs",
        )
    else:
        ns = Layer("namespaces", False, "bubblewrap not used: the workers share the host's namespaces")
    abi = int(hello["landlock_abi"])
    if cfg.landlock and abi == 0:
        # Required even inside bubblewrap: it also hides the jail's /proc and the worker from the child.
        raise SandboxError(
            "Landlock layer missing: the kernel has no Landlock (Linux >= 5.13 with "
            "CONFIG_SECURITY_LANDLOCK and 'landlock' in the lsm= boot list)"
        )
    features = ["fs"] + (["TCP"] if abi >= 4 else []) + (["signal and abstract-unix scopes"] if abi >= 6 else [])
    ll = Layer(
        "landlock",
        abi > 0,
        f"ABI {abi} ({', '.join(features)}): read-only {', '.join(interp.read_only_paths())}; "
        "read-write only the call's own work dir",
    )
    worker_insns, child_insns = hello["seccomp_instructions"]
    if cfg.seccomp and not (worker_insns and child_insns and hello["seccomp_mode"] == 2):
        raise SandboxError("seccomp layer missing: the worker did not load its filter")
    sc = Layer(
        "seccomp",
        bool(worker_insns and child_insns),
        f"worker filter ({worker_insns} BPF instructions, inherited by every child): "
        f"{', '.join(seccomp_policy.WORKER_DENIED)}; child filter ({child_insns}): "
        f"{', '.join(seccomp_policy.CHILD_DENIED)}, clone without CLONE_THREAD, clone3 -> ENOSYS",
    )
    nproc = f", NPROC {cfg.nproc}" if cfg.nproc is not None else ""
    rl = Layer(
        "rlimits",
        True,
        f"AS {cfg.memory_mb} MiB, CPU {cfg.cpu_s} s, FSIZE {cfg.fsize_mb} MiB, NOFILE {cfg.nofile}, CORE 0{nproc}",
    )
    child = Layer(
        "process",
        True,
        "a fresh forked child per call: empty environment, own work dir, fds 0-2 on /dev/null, no "
        "capabilities, no_new_privs, not dumpable, dies with its worker; wall-clock deadline; results "
        f"capped at {cfg.max_output_bytes} bytes",
    )
    if hello.get("preload_failed"):
        warnings.append(f"modules that failed to preload: {hello['preload_failed']}")
    return ns, ll, sc, rl, child
