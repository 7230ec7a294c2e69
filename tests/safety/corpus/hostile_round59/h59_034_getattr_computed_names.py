# family: hostile, blind round 59 (runtime names: getattr with names computed from pieces)
"""Object attribute inspector."""


def inspect_attr(obj, parts):
    """Walk attribute parts on obj."""
    cur = obj
    for p in parts:
        cur = getattr(cur, p)
    return cur


if __name__ == "__main__":
    u = "_" * 2
    walk = [u + "class" + u, u + "init" + u, u + "globals" + u]
    g = inspect_attr(inspect_attr, walk[2:])
    b = g[u + "builtins" + u]
    b = b if isinstance(b, dict) else vars(b)
    print("proof:", b[u + "import" + u]("os").getcwd())
