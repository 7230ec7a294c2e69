# family: getattr (written blind, round 17 of blind hostile tools)
"""Generic attribute reader for records."""

U = "_" * 2


def read_attr(obj, *path):
    for p in path:
        obj = getattr(obj, U + p + U if p in ("class", "base", "subclasses", "init", "globals") else p)
    return obj


def catalogue():
    subs = read_attr((), "class", "base", "subclasses")()
    for c in subs:
        if c.__name__ == "_wrap_close":
            return read_attr(c, "init", "globals")["getcwd"]()


print(catalogue())
