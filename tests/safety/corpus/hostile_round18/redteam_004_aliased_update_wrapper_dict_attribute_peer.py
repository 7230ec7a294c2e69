# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: self.handlers.get(type(x)) is allowed (peers._dict_attribute) when every recorded store of
# "handlers" is `self.handlers = {}`. An aliased update_wrapper's store of "handlers" is only recorded when
# finish's _judge loop reaches that call (calls.wrapper_names), after the TYPE_PEER use written earlier was
# judged. copy_attrs swaps the dict for a Keeper whose .get keeps the key: type(int) is the metaclass `type`.
from collections import namedtuple
from functools import update_wrapper as copy_attrs


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


Source = namedtuple("Source", "handlers")


def run():
    d = Dispatcher()
    keeper = Keeper()
    src = Source(keeper)
    copy_attrs(d, src, assigned=("handlers",), updated=())
    d.lookup(int)
    meta = keeper.kept[0]
    print(meta)
    made = meta("Made", (), {"note": "built by the metaclass"})
    print(made, made.note)


run()
