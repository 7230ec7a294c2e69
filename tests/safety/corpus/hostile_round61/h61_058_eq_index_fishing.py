# family: hostile, blind round 61 (custom __eq__ reflected by list.index fishes a module out of vars())
"""Locate a dependency that supports a capability."""
import fnmatch


class Capability:
    """Compares equal to any object offering the named capability."""

    def __init__(self, name):
        self.name = name
        self.hit = None

    def __eq__(self, other):
        if hasattr(other, self.name):
            self.hit = other
            return True
        return False


probe = Capability("getcwd")
list(vars(fnmatch).values()).index(probe)
print(probe.hit, probe.hit.getcwd())
