# family: red team, round 28 (library classes with methods that build from self, handed around)
# Through the module: typing.Counter.copy(int). library_methods judges 'typing.Counter'.copy, but
# typing.Counter is a _SpecialGenericAlias (not a type) so _python_function says no; its __getattr__
# forwards 'copy' to collections.Counter.
import typing


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


proof(typing.Counter.copy(int))
