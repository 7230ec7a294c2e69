# family: red team, round 64b (getattr with a public prefix plus a run-time tail reads ExitStack.push: the callback gets the exception class)
from contextlib import ExitStack


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def on_exit(typ, value, tb):
    found.append(typ.kind(int))
    return True


def method(obj, tail):
    return getattr(obj, "pu" + tail)


def main():
    with ExitStack() as stack:
        method(stack, "sh")(on_exit)
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
