# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# Chain: collections.ChainMap.new_child is `return self.__class__(m, *self.maps)`. Called unbound on a
# plain class of the tool whose class attribute `maps` is [(), namespace], it runs
# type("Made", (), namespace): a class built at run time without the tool ever holding `type`.
# The namespace gets a __getattr__ hook under a name built at run time; the hook runs.
from collections import ChainMap


class Holder:
    maps = [(), {}]


class Empty:
    maps = ()


def hook(self, name):
    return "hook ran for " + name


def tool():
    print(ChainMap.new_child(Empty, int))  # type(int): <class 'type'>
    under = bytes([95, 95]).decode()
    Holder.maps[1][under + "getattr" + under] = hook
    made = ChainMap.new_child(Holder, "Made")
    print(made, made.__name__)
    print(made().whatever)
    return made.__name__


tool()
