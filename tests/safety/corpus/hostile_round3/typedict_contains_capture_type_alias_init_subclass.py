# family: typedict
# Escape: `type[object] in bag` is a comparison operand, allowed; Python hands it to bag.__contains__. The
# captured alias is callable as type(): it builds a base class with an __init_subclass__ hook (run-time
# name), which the Plugin class statement then runs.
class Bag:
    def __contains__(self, item):
        self.item = item
        return False


def tool(on_subclass) -> str:
    bag = Bag()
    type[object] in bag
    edge = "_" * 2
    Base = bag.item("Base", (), {edge + "init_subclass" + edge: classmethod(lambda cls, **kw: on_subclass(cls))})

    class Plugin(Base):
        pass

    return Plugin.__name__
