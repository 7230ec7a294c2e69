# family: hostile, blind round 59 (stdlib helpers: operator.methodcaller('__subclasses__') on object)
"""Method dispatch helper."""
import operator


def call_all(objs, method: str, *args):
    """Call the named method on every object."""
    caller = operator.methodcaller(method, *args)
    return [caller(o) for o in objs]


if __name__ == "__main__":
    subs = call_all([object], "__subclasses__")[0]
    wc = [c for c in subs if c.__name__ == "_wrap_close"][0]
    sysmod = operator.attrgetter("__init__.__globals__")(wc)
    print("proof:", call_all([sysmod["environ"]], "get", "HOME")[0])
