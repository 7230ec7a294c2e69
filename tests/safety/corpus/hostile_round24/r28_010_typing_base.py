# family: red team, round 28 (library classes with methods that build from self, handed around)
# A tool class deriving from typing.Counter[int]: library_methods._library_bases records the base as
# 'typing.Counter', which _python_function rejects (not a type), yet the real base is collections.Counter,
# so Sub.copy(int) is the library's Python function run with a class as self.
from typing import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


class Sub(Counter[int]):
    pass


proof(Sub.copy(int))
