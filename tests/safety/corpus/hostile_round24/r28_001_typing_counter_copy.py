# family: red team, round 28 (library classes with methods that build from self, handed around)
# typing.Counter is a _SpecialGenericAlias, not a class: library_methods._python_function returns False for it,
# but its __getattr__ forwards non-dunder names to collections.Counter, so typing.Counter.copy is the plain
# function Counter.copy; called with int it runs int.__class__(int) == type(int) -> <class 'type'>.
# The metaclass then builds a class whose __getattr__ hook is named at run time; the hook runs.
from typing import Counter


def hook_name(parts):
    return "".join(parts)


def entry():
    meta = Counter.copy(int)
    print(meta)
    under = "-".replace("-", "_") * 2
    name = hook_name([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "hook ran for " + key})
    print(made().anything)


entry()
