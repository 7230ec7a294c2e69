# family: red team, round 64b (setattr with a public prefix plus a run-time tail names throw on the generator contextlib throws into)
from contextlib import contextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def catcher(typ, value, tb):
    found.append(typ.kind(int))
    return None


class Stepper:
    def __next__(self):
        return None

    def close(self):
        return None


def arm(obj, tail):
    setattr(obj, "thr" + tail, catcher)
    return obj


@contextmanager
def opened():
    return arm(Stepper(), "ow")


def main():
    try:
        with opened():
            raise Probe("p")
    except RuntimeError:
        pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
