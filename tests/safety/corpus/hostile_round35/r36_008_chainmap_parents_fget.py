# family: red team, round 36 (collections.ChainMap.parents is a property: its fget run on a class calls type(*maps[1:]))
import collections


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


def on_missing(obj, name):
    return "hook ran for " + name


class Box:
    maps = [None, "Made", (), {dunder("getattr"): on_missing}]


def main():
    build = collections.ChainMap.parents.fget
    made = build(Box)  # Box.__class__(*Box.maps[1:]) is type("Made", (), {...})
    print(made, type(made))
    print(made().anything)


main()
