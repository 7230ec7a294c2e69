# family: hostile, blind round 61 (module-level for-target rebinds builtin name str to operator.attrgetter)
"""Stringify configuration values for display."""
import operator
import fnmatch

for str in (operator.attrgetter,):
    pass


def show(value_path, root=fnmatch):
    """Return a display value for value_path."""
    return str(value_path)(root)


print(show("os"), show("os.getcwd")())
