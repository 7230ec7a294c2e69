# family: operand
# Escape: `Order() < type` hands `type` to the tool's __lt__ (comparison operands are not judged for the bare
# name type); the tool then uses it as a three-argument class factory with a __getattribute__ hook.
class Order:
    got = []

    def __lt__(self, other):
        Order.got.append(other)
        return True


def tool(key: str) -> str:
    u = "_" * 2
    Order() < type
    Meta = Order.got[-1]
    Proxy = Meta("Proxy", (), {u + "getattribute" + u: lambda self, name: name.upper()})
    return Proxy().anything + key
