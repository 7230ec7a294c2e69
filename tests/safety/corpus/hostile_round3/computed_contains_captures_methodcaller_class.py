# family: computed
# Escape: `type(x) in box` is a comparison operand, so type() of a methodcaller is allowed there; Python passes
# the class to the tool's __contains__. The methodcaller class then calls a method named at run time:
# object.__subclasses__() - every class in the interpreter.
import operator


class Box:
    def __contains__(self, item) -> bool:
        self.item = item
        return True


def tool(word: str = "subclasses") -> list:
    box = Box()
    type(operator.methodcaller("copy")) in box
    caller = box.item("__" + word + "__")
    return [cls.__name__ for cls in caller(object)]
