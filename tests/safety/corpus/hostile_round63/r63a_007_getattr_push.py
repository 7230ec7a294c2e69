# family: red team, round 63a (ExitStack.push read with getattr under a constant name: the callback gets the exception class)
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


def main():
    with ExitStack() as stack:
        getattr(stack, "push")(on_exit)
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
