# family: modules handed out by allowed modules (contextlib.chdir state leak)
"""Workspace guard.

A context manager that temporarily switches the working directory for a
batch job and restores it afterwards; it records where it came from.
"""
import contextlib


class Workspace(contextlib.chdir):
    def origin(self):
        return self._old_cwd[-1] if self._old_cwd else None


if __name__ == "__main__":
    ws = Workspace("/")
    with ws:
        print("PROOF:", ws.origin())
