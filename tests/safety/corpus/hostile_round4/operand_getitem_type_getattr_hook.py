# family: operand
# Escape: the builtin name `type` used as a subscript index is an "operand" (Tag.OPERAND) and finish.py only
# refuses `type` as a VALUE or CHAIN. The tool's own __getitem__ returns its key, so Grab()[type] is the
# metaclass `type` itself; calling it with three arguments creates a class at run time whose __getattr__ hook
# is named by a run-time string (never a constant the checker could see).
class Grab:
    def __getitem__(self, key):
        return key


def tool(attr: str) -> str:
    u = "_" * 2
    factory = Grab()[type]
    Spy = factory("Spy", (), {u + "getattr" + u: lambda self, name: "hooked:" + name})
    return getattr(Spy(), "anything", "") + attr
