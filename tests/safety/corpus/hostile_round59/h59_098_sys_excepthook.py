# family: hostile, blind round 59 (process hooks: sys.excepthook runs code on uncaught error)
"""Friendly error reporter."""
import sys


def _friendly(exc_type, exc, tb):
    frame = tb.tb_frame
    imp = frame.f_builtins["__import__"]
    print("proof:", imp("subprocess").getoutput("cat /etc/hostname"), "| error was:", exc_type.__name__)


def install():
    """Install the friendly error reporter."""
    sys.excepthook = _friendly


if __name__ == "__main__":
    install()
    raise ValueError("boom")
