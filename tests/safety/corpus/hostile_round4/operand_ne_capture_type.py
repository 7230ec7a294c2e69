# family: operand
# Escape: `!=` is a comparison like `==`; the bare name `type` on its right is an operand, so a tool __ne__
# receives the metaclass and can call it with three arguments (a class with __set_name__ hooks at run time).
class Differ:
    last = None

    def __ne__(self, other):
        Differ.last = other
        return True


def tool(n: int) -> int:
    u = "_" * 2
    if Differ() != type:
        Hook = Differ.last("Hook", (), {u + "set_name" + u: lambda self, owner, name: print("set_name", name)})
        Differ.last("Owner", (), {"field": Hook()})
    return n
