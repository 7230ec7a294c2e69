"""More escape attempts of our own, each checked from outside where the evidence lives outside
(marker files, listeners, signals, processes, the next call), with and without bubblewrap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sandbox_support import Server, descendants, run_clean

from sandbox import Pool

pytestmark = pytest.mark.asyncio(loop_scope="module")

# A ctypes prelude: raw system calls, so that no Python-level check can be what stops them.
SYSCALL = """
import ctypes, errno
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def sys_(nr, *args):
    r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])
    return "ok" if r >= 0 else errno.errorcode.get(ctypes.get_errno(), "?")
"""


async def test_a_tool_cannot_exec_a_shell_by_any_route(pool: Pool, server: Server) -> None:
    marker = server.root / "shell-ran"
    source = """
import os, subprocess
def run(marker):
    cmd = "echo pwned > " + marker
    tried = {}
    tried["system"] = os.system(cmd)
    for name, fn in (
        ("popen", lambda: os.popen(cmd).read()),
        ("subprocess", lambda: subprocess.run(["/bin/sh", "-c", cmd], check=True)),
        ("posix_spawn", lambda: os.posix_spawn("/bin/sh", ["sh", "-c", cmd], {})),
        ("spawnv", lambda: os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", cmd])),
        ("execv", lambda: os.execv("/bin/sh", ["sh", "-c", cmd])),
        ("dev_tcp", lambda: open("/dev/tcp/127.0.0.1/80", "w")),
    ):
        try:
            fn()
            tried[name] = "ran"
        except Exception as exc:
            tried[name] = type(exc).__name__
    return tried
"""
    result = await run_clean(pool, server, source, {"marker": str(marker)})
    assert not marker.exists()
    assert result.ok and result.value["system"] != 0
    assert "ran" not in [v for k, v in result.value.items() if k != "system"]


async def test_raw_syscalls_through_ctypes_are_denied(pool: Pool, server: Server) -> None:
    # x86_64 numbers: socket 41, fork 57, execve 59, ptrace 101, unshare 272, bpf 321, io_uring_setup 425,
    # keyctl 250, mount 165, chroot 161, setns 308, perf_event_open 298, userfaultfd 323, clone3 435
    source = (
        SYSCALL
        + """
def run():
    return {
        "socket": sys_(41, 2, 1, 0), "fork": sys_(57), "execve": sys_(59, 0, 0, 0), "ptrace": sys_(101, 16, 1, 0, 0),
        "unshare": sys_(272, 0x10000000), "bpf": sys_(321, 0, 0, 0), "io_uring": sys_(425, 8, 0),
        "keyctl": sys_(250, 0, 0, 0), "mount": sys_(165, 0, 0, 0, 0, 0), "chroot": sys_(161, 0),
        "setns": sys_(308, 0, 0), "perf": sys_(298, 0, 0, 0, 0, 0), "userfaultfd": sys_(323, 0),
        "clone3": sys_(435, 0, 0), "clone_process": sys_(56, 17, 0, 0, 0, 0),
    }
"""
    )
    if os.uname().machine != "x86_64":
        pytest.skip("syscall numbers in this test are x86_64's")
    result = await run_clean(pool, server, source)
    assert result.ok, result
    assert result.value.pop("clone3") == "ENOSYS"
    assert set(result.value.values()) == {"EPERM"}, result.value


async def test_a_foreign_syscall_abi_kills_the_child(pool: Pool, server: Server) -> None:
    if os.uname().machine != "x86_64":
        pytest.skip("x32 is an x86_64 ABI")
    result = await run_clean(pool, server, SYSCALL + "def run():\n    return sys_(0x40000000 | 41, 2, 1, 0)\n")
    assert not result.ok and result.error_type == "Crashed"


async def test_a_tool_cannot_raise_its_limits(pool: Pool, server: Server) -> None:
    source = """
import resource
def run():
    out = {}
    for name in ("RLIMIT_AS", "RLIMIT_CPU", "RLIMIT_NOFILE", "RLIMIT_FSIZE", "RLIMIT_CORE"):
        which = getattr(resource, name)
        soft, hard = resource.getrlimit(which)
        try:
            resource.setrlimit(which, (hard, hard))
            out[name] = "raised" if soft != hard else "same"
        except (OSError, ValueError) as exc:
            out[name] = type(exc).__name__
        try:
            resource.prlimit(0, which, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            out[name + "/prlimit"] = "raised"
        except (OSError, ValueError) as exc:
            out[name + "/prlimit"] = type(exc).__name__
    out["AS"] = resource.getrlimit(resource.RLIMIT_AS)
    return out
"""
    result = await run_clean(pool, server, source)
    assert result.ok, result
    assert result.value.pop("AS") == [512 << 20, 512 << 20]  # getrlimit still works
    assert "raised" not in result.value.values()


async def test_a_tool_cannot_ptrace_or_read_the_memory_of_its_worker(pool: Pool, server: Server) -> None:
    source = """
import ctypes, os
def run():
    out = {}
    libc = ctypes.CDLL(None, use_errno=True)
    out["ptrace_attach"] = libc.ptrace(16, os.getppid(), 0, 0)
    out["traceme"] = libc.ptrace(0, 0, 0, 0)
    for path in (f"/proc/{os.getppid()}/mem", "/proc/self/mem", f"/proc/{os.getppid()}/maps"):
        try:
            with open(path, "r+b") as f:
                f.seek(0)
                out[path] = "opened"
        except OSError as exc:
            out[path] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source)
    assert result.ok
    assert result.value["ptrace_attach"] == -1 and result.value["traceme"] == -1
    assert "opened" not in result.value.values()


async def test_a_tool_cannot_send_udp_to_the_server(pool: Pool, server: Server) -> None:
    source = """
import socket
def run(port):
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", port))
        return "sent"
    except OSError as exc:
        return type(exc).__name__
"""
    result = await run_clean(pool, server, source, {"port": server.udp.getsockname()[1]})
    assert server.datagrams() == 0
    assert result.ok and result.value == "PermissionError"


async def test_a_tool_cannot_reach_unix_sockets_abstract_or_on_disk(pool: Pool, server: Server) -> None:
    source = """
import socket
def run(names):
    out = []
    for name in names:
        try:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(name)
            out.append("connected")
        except OSError as exc:
            out.append(type(exc).__name__)
    a, b = socket.socketpair()  # allowed: asyncio needs it, and it reaches nothing else
    a.sendall(b"ok")
    out.append(b.recv(2).decode())
    return out
"""
    result = await run_clean(pool, server, source, {"names": [server.abstract_name, server.unix_path]})
    assert server.accepted(server.abstract) == 0 and server.accepted(server.unix) == 0
    assert result.ok and result.value == ["PermissionError", "PermissionError", "ok"]


async def test_symlinks_and_hardlinks_do_not_lead_out_of_the_work_dir(pool: Pool, server: Server) -> None:
    source = """
import os
def run(secret, data):
    out = {}
    for name, target in (("s1", secret), ("s2", data), ("s3", "/etc/passwd"), ("s4", "/proc/1/environ")):
        try:
            os.symlink(target, name)
            with open(name) as f:
                out[name] = f.read()
        except OSError as exc:
            out[name] = type(exc).__name__
    try:
        os.link(secret, "hard")
        out["hard"] = open("hard").read()
    except OSError as exc:
        out["hard"] = type(exc).__name__
    try:
        os.symlink(data + "/planted", "out")
        open("out", "w").write("x")
        out["write"] = "written"
    except OSError as exc:
        out["write"] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source, {"secret": str(server.secret_file), "data": str(server.data)})
    assert result.ok
    assert not (server.data / "planted").exists()
    assert set(result.value.values()) <= {"PermissionError", "FileNotFoundError", "IsADirectoryError", "OSError"}


async def test_a_tool_cannot_read_system_secrets_or_the_code_around_it(pool: Pool, server: Server) -> None:
    here = Path(__file__).resolve()
    paths = [
        "/etc/shadow",
        "/root/.bash_history",
        "/root/.ssh/id_rsa",
        str(here),
        str(here.parents[2] / "README.md"),
        str(Path(__import__("sandbox").__file__).parent / "_jail" / "worker.py"),
        "/proc/self/status",
        "/sys/kernel/notes",
        "/proc/kcore",
        "/dev/mem",
    ]
    source = """
def run(paths):
    out = {}
    for p in paths:
        try:
            with open(p, "rb") as f:
                out[p] = f.read(16).hex()
        except OSError as exc:
            out[p] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source, {"paths": paths})
    assert result.ok
    assert set(result.value.values()) <= {"PermissionError", "FileNotFoundError"}, result.value


async def test_a_tool_cannot_see_other_calls_or_the_work_dir_parent(pool: Pool, server: Server) -> None:
    leave = "import os\ndef run():\n    open('mine', 'w').write('x')\n    return os.getcwd()\n"
    first = await run_clean(pool, server, leave)
    source = """
import os
def run(first):
    out = {"cwd": os.listdir(".")}
    for p in ("..", "../..", "/sandbox", first, os.path.dirname(first), "/tmp"):
        try:
            out[p] = os.listdir(p)
        except OSError as exc:
            out[p] = type(exc).__name__
    try:
        os.chdir("..")
        out["chdir"] = os.listdir(".")
    except OSError as exc:
        out["chdir"] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source, {"first": first.value})
    assert result.ok
    assert result.value.pop("cwd") == []
    assert all(isinstance(v, str) for v in result.value.values()), result.value  # every listing failed


async def test_files_left_behind_do_not_reach_the_next_call_and_are_removed(pool: Pool, server: Server) -> None:
    leave = """
import os
def run():
    os.makedirs("a/b/c")
    for i in range(50):
        open(f"a/b/c/f{i}", "w").write("x" * 1000)
    os.symlink("/etc", "etc-link")
    os.chmod("a/b", 0)
    os.chmod("a", 0)
    return os.getcwd()
"""
    recycled = pool.stats["recycled"]
    results = [await run_clean(pool, server, leave) for _ in range(4)]
    assert pool.stats["recycled"] == recycled  # every worker wiped its call's directory
    later = [await run_clean(pool, server, "import os\ndef run():\n    return os.listdir('.')\n") for _ in range(4)]
    assert all(r.ok for r in results) and all(r.ok and r.value == [] for r in later)
    if not pool.namespaces:  # the work dirs are host directories: look at them from outside
        for r in results:
            assert not os.path.lexists(r.value)


async def test_patched_modules_and_builtins_do_not_reach_the_next_call(pool: Pool, server: Server) -> None:
    poison = """
import builtins, json, math, sys
def run():
    json.dumps = lambda *a, **k: '"poisoned"'
    json.JSONEncoder.encode = lambda self, o: '"poisoned"'
    builtins.len = lambda x: 42
    math.pi = 3
    sys.modules["re"] = None
    builtins.__dict__["open"] = None
    return "done"
"""
    check = """
import builtins, json, math, re
def run():
    return [json.dumps({"a": 1}), len("abc"), math.pi > 3.1, re.sub("a", "b", "aa"), builtins.open is not None]
"""
    for _ in range(4):  # reach every worker
        assert (await run_clean(pool, server, poison)).ok
    results = [await run_clean(pool, server, check) for _ in range(4)]
    assert all(r.value == ['{"a": 1}', 3, True, "bb", True] for r in results), results


async def test_a_poisoned_serializer_only_spoils_its_own_result(pool: Pool, server: Server) -> None:
    source = """
import json.encoder
def run():
    json.encoder.c_make_encoder = None
    json.encoder.encode_basestring_ascii = lambda s: 'not json'
    json.encoder.py_encode_basestring = lambda s: '"}{'
    return {"key": "value"}
"""
    result = await run_clean(pool, server, source)
    assert result.ok or result.error_type == "NotJSON"
    assert (await run_clean(pool, server, "def run():\n    return {'key': 'value'}\n")).value == {"key": "value"}


async def test_threads_do_not_survive_their_call(pool: Pool, server: Server) -> None:
    marker = server.root / "thread-survived"
    source = """
import threading, time
def run(marker):
    def linger():
        time.sleep(0.3)
        try:
            open(marker, "w").write("x")
        except OSError:
            pass
        while True:
            pass
    for _ in range(4):
        threading.Thread(target=linger, daemon=False).start()
    return threading.active_count()
"""
    result = await run_clean(pool, server, source, {"marker": str(marker)})
    assert result.ok and result.value == 5
    # The next calls on every worker see one thread, and the lingering ones never wrote anything.
    for _ in range(4):
        later = await run_clean(
            pool,
            server,
            "import threading, time\ndef run():\n    time.sleep(0.1)\n    return threading.active_count()\n",
        )
        assert later.value == 1
    assert not marker.exists()


async def test_a_tool_cannot_kill_or_stop_its_own_worker(pool: Pool, server: Server) -> None:
    workers = pool.worker_pids
    source = """
import os, signal
def run():
    out = []
    for sig in (signal.SIGKILL, signal.SIGSTOP, signal.SIGTERM):
        for target in (os.getppid(), -os.getpgid(os.getppid())):
            try:
                os.kill(target, sig)
                out.append("sent")
            except OSError as exc:
                out.append(type(exc).__name__)
    return out
"""
    results = [await run_clean(pool, server, source) for _ in range(4)]
    assert all(r.ok and "sent" not in r.value for r in results), results
    assert pool.worker_pids == workers and pool.stats["workers_lost"] == 0


async def test_a_tool_cannot_leave_its_process_group_or_outlive_its_worker(pool: Pool, server: Server) -> None:
    source = """
import ctypes, os
def run():
    out = {}
    for name, fn in (("setsid", os.setsid), ("setpgid", lambda: os.setpgid(0, 0)),
                     ("pdeathsig", lambda: ctypes.CDLL(None, use_errno=True).prctl(1, 0, 0, 0, 0))):
        try:
            out[name] = fn()
        except OSError as exc:
            out[name] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source)
    assert result.ok
    assert result.value == {"setsid": "PermissionError", "setpgid": "PermissionError", "pdeathsig": -1}


async def test_writing_to_fd_1_and_2_never_reaches_the_server_output(
    pool: Pool, server: Server, capfd: pytest.CaptureFixture[str]
) -> None:
    source = """
import os, sys
def run():
    print("LEAK-STDOUT")
    print("LEAK-STDERR", file=sys.stderr)
    os.write(1, b"LEAK-FD1")
    os.write(2, b"LEAK-FD2")
    sys.__stdout__.write("LEAK-DUNDER")
    return "done"
"""
    result = await run_clean(pool, server, source)
    out, err = capfd.readouterr()
    assert result.ok and "LEAK" not in out + err


async def test_closing_every_fd_only_loses_that_call(pool: Pool, server: Server) -> None:
    result = await run_clean(pool, server, "import os\ndef run():\n    os.closerange(0, 1024)\n    return 1\n")
    assert not result.ok and result.error_type == "Crashed"
    assert (await run_clean(pool, server, "def run():\n    return 2\n")).value == 2


async def test_huge_mappings_and_disk_fill_are_bounded(pool: Pool, server: Server) -> None:
    source = """
import mmap
def run():
    out = {}
    try:
        m = mmap.mmap(-1, 4 << 30)
        out["mmap"] = len(m)
    except (OSError, MemoryError) as exc:
        out["mmap"] = type(exc).__name__
    try:
        with open("big", "wb") as f:
            for _ in range(64):
                f.write(b"x" * (1 << 20))
        out["disk"] = "written"
    except OSError as exc:
        out["disk"] = exc.strerror
    return out
"""
    result = await run_clean(pool, server, source)
    assert result.ok and result.value["mmap"] in ("OSError", "MemoryError")
    assert result.value["disk"] in ("File too large", "No space left on device")


async def test_mount_namespaces_chroot_and_device_nodes_are_refused(pool: Pool, server: Server) -> None:
    source = """
import ctypes, os
def run():
    libc = ctypes.CDLL(None, use_errno=True)
    out = {"unshare": libc.unshare(0x10000000 | 0x00020000), "mount": libc.mount(b"none", b".", b"tmpfs", 0, None),
           "chroot": libc.chroot(b".")}
    for name, fn in (("mknod", lambda: os.mknod("dev", 0o600 | 0o020000, os.makedev(1, 3))),
                     ("fifo", lambda: os.mkfifo("fifo")), ("setuid", lambda: os.setuid(1234))):
        try:
            fn()
            out[name] = "ok"
        except OSError as exc:
            out[name] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source)
    assert result.ok
    assert result.value["unshare"] == result.value["mount"] == result.value["chroot"] == -1
    assert "ok" not in result.value.values(), result.value


async def test_a_sleeping_tool_is_killed_at_its_wall_clock_deadline(pool: Pool, server: Server) -> None:
    result = await run_clean(pool, server, "import time\ndef run():\n    time.sleep(60)\n", timeout=0.3)
    assert result.error_type == "Timeout" and result.duration_ms < 3000
    most = 3 if pool.namespaces else 1  # bwrap's init, the worker, its spare child
    assert all(len(descendants(w)) <= most for w in pool.worker_pids)


async def test_a_tool_cannot_name_the_host_or_see_its_network(pool: Pool, server: Server) -> None:
    source = """
import os, socket
def run():
    out = {"uid": os.getuid(), "euid": os.geteuid()}
    for p in ("/proc/net/tcp", "/proc/self/net/dev", "/sys/class/net", "/etc/resolv.conf", "/etc/hosts"):
        try:
            out[p] = open(p).read()[:100]
        except OSError as exc:
            out[p] = type(exc).__name__
    return out
"""
    result = await run_clean(pool, server, source)
    assert result.ok
    assert all(
        v in ("PermissionError", "FileNotFoundError", "IsADirectoryError")
        for k, v in result.value.items()
        if k.startswith("/")
    )


SCAN = """
import ctypes, gc, os, re, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.write.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t]
libc.sbrk.restype = ctypes.c_void_p
class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                "fsmblks", "uordblks", "fordblks", "keepcost")]
libc.mallinfo2.restype = MallInfo2
def pages(start, end):
    # A page is mapped when the kernel can copy a byte of it into a pipe (EFAULT otherwise).
    r, w = os.pipe()
    chunk = []
    for page in range(start & ~4095, end, 4096):
        if libc.write(w, page, 1) == 1:
            os.read(r, 1)
            chunk.append(ctypes.string_at(page, 4096))
        elif chunk:
            yield b"".join(chunk)
            chunk = []
    if chunk:
        yield b"".join(chunk)
def readable_memory():
    # The malloc heap; every 1 MiB window holding a Python object; and every buffer reachable from
    # the frames we were forked in (the worker's own objects), which is where an attacker would look.
    end = libc.sbrk(0)
    yield from pages(end - libc.mallinfo2().arena, end)
    for window in sorted({id(o) >> 20 for o in gc.get_objects()}):
        yield from pages(window << 20, (window + 1) << 20)
    frame = sys._getframe()
    while frame is not None:
        for value in list(frame.f_locals.values()):
            for obj in (value, *getattr(value, "__dict__", {}).values()):
                if isinstance(obj, (bytes, bytearray, memoryview, str)):
                    yield obj.encode() if isinstance(obj, str) else bytes(obj)
        frame = frame.f_back
# The patterns are not the tokens (a token in our own memory would match itself).
PATTERN = re.compile(rb"(?:EARLIER|MINE)-\\d-[0-9a-f]{16}|[0-9a-f]{16}-\\d-(?:REILRAE|ENIM)")
def run(mine):
    return sorted({m.decode() for block in readable_memory() for m in PATTERN.findall(block)})
"""


async def test_a_call_cannot_find_earlier_calls_data_in_its_memory(pool: Pool, server: Server) -> None:
    earlier = set()
    for i in range(4):  # reach every worker; big enough for malloc'd buffers, not only small objects
        token = f"EARLIER-{i}-{os.urandom(8).hex()}"
        result = await run_clean(pool, server, "def run(t):\n    return t[::-1] + '!'\n", {"t": token * 200})
        earlier |= {token, token[::-1]}
        assert result.ok
    for i in range(2):  # a partial result, written to the result pipe just before being killed
        token = f"EARLIER-{5 + i}-{os.urandom(8).hex()}"
        partial = "import os\ndef run(t):\n    os.write(3, t.encode())\n    while True:\n        pass\n"
        result = await run_clean(pool, server, partial, {"t": token * 50}, timeout=0.3)
        earlier.add(token)
        assert result.error_type == "Timeout"
    mine = f"MINE-0-{os.urandom(8).hex()}"
    for _ in range(4):
        scan = await run_clean(pool, server, SCAN, {"mine": mine}, timeout=20)
        assert scan.ok, scan
        assert mine in scan.value, "the scanner must find this call's own arguments"
        assert not earlier & set(scan.value), "an earlier call's arguments or result are still in memory"
