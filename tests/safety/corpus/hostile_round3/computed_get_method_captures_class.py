# family: computed
# Escape: the arguments of any `.get(...)` call are treated as lookup keys (operands), to allow TABLE.get(type(x));
# the receiver can be a tool class whose get() returns the key. So Lookup().get(type(attrgetter)) hands out the
# attrgetter class, and "__self__.exec" (built at run time) reaches builtins.exec from print.
import operator


class Lookup:
    def get(self, key, default=None):
        return key


def tool(code: str, word: str = "self") -> None:
    getter = Lookup().get(type(operator.attrgetter("real")))
    getter("__" + word + "__.exec")(print)(code)
