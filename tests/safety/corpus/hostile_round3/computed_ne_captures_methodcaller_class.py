# family: computed
# Escape: `type(x) != sentinel` is a comparison operand, where type() is allowed. The class's own comparison
# returns NotImplemented for a foreign object, so Python calls the reflected sentinel.__ne__ with the class.
# That class calls methods named at run time: __subclasses__ of object lists every class in the interpreter.
import operator


class Sentinel:
    def __ne__(self, other) -> bool:
        self.caught = other
        return False


def tool(word: str = "subclasses") -> list:
    sentinel = Sentinel()
    type(operator.methodcaller("copy")) != sentinel
    return [c.__name__ for c in sentinel.caught("__" + word + "__")(object)]
