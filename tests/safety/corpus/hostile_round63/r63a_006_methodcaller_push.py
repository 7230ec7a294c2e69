# family: red team, round 63a (ExitStack.push reached through operator.methodcaller("push", cb): the callback gets the exception class)
from contextlib import ExitStack
from operator import methodcaller


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
        methodcaller("pu" + "sh", on_exit)(stack)
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
