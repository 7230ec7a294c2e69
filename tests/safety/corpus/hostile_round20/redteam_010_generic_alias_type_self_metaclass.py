# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: `type(self)` in a method is trusted as the tool's own class while objects.own_object trusts self.
# Maker[int] (a Generic alias; subscripting is not counted as a class used as a value) forwards .build to the
# plain function, so k.build(int, ...) runs with self = int, and type(self) is the metaclass `type`: the
# method calls it with three arguments and makes a class with a run-time dunder in its namespace.
from typing import Generic, TypeVar

T = TypeVar("T")


class Maker(Generic[T]):
    def build(self, name, ns):
        made = type(self)(name, (), ns)
        return made

    def show(self):
        return repr(type(self))


def call_show(k, obj):
    return k.show(obj)


def call_build(k, obj, name, ns):
    return k.build(obj, name, ns)


def run():
    made = call_build(Maker[int], int, "Made", {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
    print(repr(made), repr(made()))
    print(call_show(Maker[int], int))


run()
