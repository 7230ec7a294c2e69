# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: objects.own_object trusts `self` in Dispatcher.lookup because no class is ever used as a value
# (objects._classes_as_values looks only for names bound to classes). But dataclasses.fields(obj)[0].type
# hands out the annotated class Dispatcher with no class name used as a value; k.lookup(box, x) on it is the
# plain function, called with a namedtuple as self. peers._dict_attribute then trusts self.handlers to be the
# dict __init__ stores, so a Keeper's .get receives type(int): the metaclass `type`.
from collections import namedtuple
from dataclasses import dataclass, fields


class Dispatcher:
    def __init__(self):
        self.handlers = {}

    def lookup(self, x):
        return self.handlers.get(type(x))


@dataclass
class Slot:
    d: Dispatcher = None


class Keeper:
    def __init__(self):
        self.kept = []

    def get(self, key):
        self.kept.append(key)
        return None


Box = namedtuple("Box", "handlers")


def call_lookup(k, obj, x):
    return k.lookup(obj, x)


def run():
    k = fields(Slot())[0].type
    keeper = Keeper()
    call_lookup(k, Box(keeper), int)
    meta = keeper.kept[0]
    print(meta)
    print(meta("Made", (), {"note": "made by the metaclass"}).note)


run()
