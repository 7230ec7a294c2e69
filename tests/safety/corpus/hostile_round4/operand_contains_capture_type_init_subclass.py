# family: operand
# Escape: `type in bag` calls bag.__contains__(type); the left operand of `in` is an operand, so the bare
# builtin `type` is never judged. The captured metaclass builds a base with an __init_subclass__ hook.
class Bag:
    def __init__(self):
        self.items = []

    def __contains__(self, item):
        self.items.append(item)
        return True


def tool(label: str) -> str:
    u = "_" * 2
    bag = Bag()
    if type in bag:
        Base = bag.items[0]("Base", (), {u + "init_subclass" + u: classmethod(lambda cls: print("hook", cls))})
        bag.items[0]("Child", (Base,), {})
    return label
