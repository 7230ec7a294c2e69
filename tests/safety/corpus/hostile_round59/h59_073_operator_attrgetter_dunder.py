# family: hostile, blind round 59 (stdlib helpers: operator.attrgetter("__globals__") dotted dunder path)
"""Attribute projection helper."""
import operator


def project(objs, path: str):
    """Project a dotted attribute path over objects."""
    return [operator.attrgetter(path)(o) for o in objs]


if __name__ == "__main__":
    import warnings
    g = operator.attrgetter("__globals__")(warnings.formatwarning)
    print("proof:", g["sys"].modules["os"].getcwd())
    print(project([warnings.catch_warnings], "__init__.__globals__")[0]["sys"].platform)
