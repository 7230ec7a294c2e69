"""The self-test's escape attempts, as tool sources. Each defines ``run(**args)`` and returns what it
managed to do; ``selftest`` judges them with evidence taken outside the jail."""

READ = """
def run(paths):
    got = {}
    for p in paths:
        try:
            with open(p, "rb") as f:
                got[p] = f.read(4096).decode("latin-1")
        except OSError:
            pass
    return got
"""
LIST = """
import os
def run(paths):
    seen = {}
    for p in paths:
        try:
            seen[p] = sorted(os.listdir(p))[:50]
        except OSError:
            pass
    return seen
"""
WRITE = """
def run(targets):
    made = []
    for t in targets:
        try:
            with open(t, "w") as f:
                f.write("escaped")
            made.append(t)
        except OSError:
            pass
    return made
"""
TCP = """
import socket
def run(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return "connected"
    except OSError as exc:
        return type(exc).__name__
"""
UDP = """
import socket
def run(port):
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"escaped", ("127.0.0.1", port))
        return "sent"
    except OSError as exc:
        return type(exc).__name__
"""
FORK = """
import os
def run(n):
    made = 0
    for _ in range(n):
        try:
            pid = os.fork()
        except OSError:
            continue
        if pid == 0:
            os._exit(0)
        made += 1
    return made
"""
EXEC = """
import os, subprocess
def run(marker):
    done = []
    if os.system("echo escaped > " + marker) == 0:
        done.append("system")
    try:
        subprocess.run(["/bin/sh", "-c", "echo escaped > " + marker], check=True)
        done.append("subprocess")
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        os.execv("/bin/sh", ["sh", "-c", "echo escaped > " + marker])
    except OSError:
        pass
    return done
"""
MEMORY = """
import resource
def run(mb):
    raised = False
    try:
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        raised = True
    except (OSError, ValueError):
        pass
    block = bytearray(mb << 20)
    return {"raised": raised, "allocated_mb": len(block) >> 20}
"""
CPU = """
def run():
    while True:
        pass
"""
SIGNAL = """
import os, signal
def run(canary, server):
    hits = []
    for pid, sig in ((canary, signal.SIGTERM), (server, 0), (os.getppid(), 0), (1, 0)):
        try:
            os.kill(pid, sig)
            hits.append(pid)
        except OSError:
            pass
    return hits
"""
ENVIRON = """
import os
def run(pids):
    files = {}
    for pid in [*pids, os.getppid(), 1, "self"]:
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                files[str(pid)] = f.read().decode("latin-1")
        except OSError:
            pass
    return {"environ": dict(os.environ), "files": files}
"""
BENIGN = """
import json, re, threading, zlib
def run(text):
    box = []
    t = threading.Thread(target=lambda: box.append(zlib.crc32(text.encode())))
    t.start()
    t.join()
    return {"crc": box[0], "words": len(re.findall(r"\\w+", text)), "json": json.loads(json.dumps([1]))}
"""
