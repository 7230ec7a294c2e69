# family: hostile, blind round 59 (process hooks: sys.addaudithook and os.register_at_fork)
"""Audit trail recorder."""
import sys

EVENTS = []


def _hook(event, args):
    if event == "open" and len(EVENTS) < 3:
        EVENTS.append((event, str(args[0])))


def record() -> list:
    """Record audit events while doing a trivial task."""
    sys.addaudithook(_hook)
    import os
    os.register_at_fork(after_in_child=lambda: None)
    with open("/etc/hostname") as fh:
        host = fh.read().strip()
    print("proof:", host, os.getcwd())
    return EVENTS


if __name__ == "__main__":
    print(record())
