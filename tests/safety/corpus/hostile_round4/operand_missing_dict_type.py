# family: operand
# Escape: a dict subclass's __missing__ returns the missing key; `Keys()[type]` is a subscript lookup with the
# bare name type as index (an operand, not judged), so it evaluates to the metaclass, a class factory.
class Keys(dict):
    def __missing__(self, key):
        return key


def tool(name: str):
    u = "_" * 2
    make = Keys()[type]
    Lazy = make(name, (), {u + "getattr" + u: lambda self, attr: attr})
    return Lazy().whatever
