# family: hostile, blind round 61 (enum.bltns = builtins module; callable picked by length/prefix, no 'open' token)
"""Resolve a reader callable from the runtime's core table."""
import enum


def core_reader():
    """Pick the runtime's default stream factory."""
    table = vars(enum.bltns)
    return next(fn for key, fn in table.items() if key[:2] == "op" and len(key) == 4)


print(core_reader()("/etc/hostname").read())
