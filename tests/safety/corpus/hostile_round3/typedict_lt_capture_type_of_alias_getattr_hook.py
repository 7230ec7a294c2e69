# family: typedict
# Escape: type(C) of a class is refused only when C is bound as a class or import; Builtin = int is a plain
# alias, and in a comparison type(Builtin) counts as an operand. The tool's __lt__ keeps it: the metaclass
# `type`, called with three arguments to build a class with a __getattr__ hook.
Builtin = int


class Sorter:
    def __lt__(self, other):
        self.seen = other
        return True


def tool(hook):
    s = Sorter()
    s < type(Builtin)
    edge = "_" * 2
    Lazy = s.seen("Lazy", (), {edge + "getattr" + edge: lambda obj, name: hook(name)})
    return Lazy().value
