# family: process
# Escape: a subscript index is an "operand" where type(x) is allowed, but the tool's own __getitem__ receives
# the index and returns it: seen[type(attrgetter)] is the attrgetter class. Through tool.__builtins__
# (run-time name) it imports signal and installs a SIGTERM handler.
import operator


class Lookup:
    def __getitem__(self, key):
        return key


def tool(handler):
    Getter = Lookup()[type(operator.attrgetter("real"))]
    edge = "_" * 2
    load = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]
    signal = load("signal")
    return signal.signal(signal.SIGTERM, handler)
