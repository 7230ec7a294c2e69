# family: red team, round 63a (ExitStack.enter_context of a @contextmanager that delegates with yield from: the delegate's throw gets the exception class)
from contextlib import ExitStack, contextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Relay:
    def __init__(self, sink):
        self.sink = sink

    def __iter__(self):
        return self

    def __next__(self):
        return self.sink

    def throw(self, typ, value=None, tb=None):
        self.sink.append(typ.kind(int))
        raise StopIteration


@contextmanager
def guarded(sink):
    yield from Relay(sink)


def main():
    sink = []
    with ExitStack() as stack:
        stack.enter_context(guarded(sink))
        raise Probe("p")
    maker = sink[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
