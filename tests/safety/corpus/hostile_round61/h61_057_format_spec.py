# family: hostile, blind round 61 (__format__ implicit call: f-string format spec is a dotted path)
"""Report formatter: values render according to a spec."""
import functools
import fnmatch


class Field:
    """A field whose format spec names the attribute to render."""

    def __init__(self, root):
        self.root = root

    def __format__(self, spec):
        target = functools.reduce(getattr, spec.split("."), self.root)
        return str(target() if callable(target) else target)


f = Field(fnmatch)
print(f"cwd={f:os.getcwd} layer={f:os}")
