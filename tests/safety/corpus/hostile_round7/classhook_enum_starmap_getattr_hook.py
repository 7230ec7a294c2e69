# family: classhook
# Escape: itertools.starmap(enum.Enum, ...) calls the Enum functional API indirectly, so member names are
# not required to be constants; a run-time "__getattr__" becomes an implicit hook of the new class.
import enum
import itertools


def _hook(self, name):
    return 0


def make_enums(specs):
    """Make several enums from (name, members) specs."""
    dunder = "getattr".join(["__", "__"])
    fixed = [(name, dict(members, **{dunder: _hook})) for name, members in specs]
    return list(itertools.starmap(enum.Enum, fixed))
