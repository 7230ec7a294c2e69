# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: objects.own_object trusts `self` in Dispatcher.lookup while no read of "lookup" is on a class
# (ctx.attribute_loads). An aliased methodcaller (mc) notes its read of "lookup" only in finish's _judge loop
# (dynamic_names.attribute_callable), after the TYPE_PEER use of self.handlers.get(type(x)) written earlier
# was judged. mc("lookup", box, int)(Dispatcher) calls the plain function with a namedtuple as self, whose
# handlers is a Keeper: its .get receives type(int), the metaclass `type`.
from collections import namedtuple
from operator import methodcaller as mc


class Dispatcher:
    def __init__(self):
        self.handlers = {}

    def lookup(self, x):
        return self.handlers.get(type(x))


class Keeper:
    def __init__(self):
        self.kept = []

    def get(self, key):
        self.kept.append(key)
        return None


Box = namedtuple("Box", "handlers")


def run():
    keeper = Keeper()
    box = Box(keeper)
    caller = mc("lookup", box, int)
    caller(Dispatcher)
    meta = keeper.kept[0]
    print(meta)
    print(meta("Made", (), {"note": "made by the metaclass"}).note)


run()
