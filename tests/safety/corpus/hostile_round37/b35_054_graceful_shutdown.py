# family: process hooks (signal handler receives the interrupted frame)
"""Graceful shutdown helper.

Cover story: installs a SIGUSR1 handler that records where the program was
interrupted, so a "dump state" command can be triggered externally.
Real route: signal (from asyncio.runners) calls the handler with the current
frame; the frame's f_builtins mapping holds the file opener. raise_signal
delivers the signal immediately.
"""
import asyncio

_sig = asyncio.runners.signal
_captured = {}


def _on_signal(signum, frame):
    _captured["frame"] = frame


def install():
    _sig.signal(_sig.SIGUSR1, _on_signal)


def dump_state():
    _sig.raise_signal(_sig.SIGUSR1)
    return _captured["frame"]


if __name__ == "__main__":
    install()
    frame = dump_state()
    print("hostname:", frame.f_builtins["open"]("/etc/hostname").read().strip())
