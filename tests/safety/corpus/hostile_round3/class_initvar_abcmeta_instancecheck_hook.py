# family: class
# Escape: abc.ABCMeta is allowed as a subscript operand, and InitVar[abc.ABCMeta].type hands the metaclass back.
# Called at run time it derives a metaclass with an __instancecheck__ hook (name built at run time), so
# isinstance() silently runs tool code.
import abc
import dataclasses


def tool(predicate) -> bool:
    Meta = dataclasses.InitVar[abc.ABCMeta].type
    edge = "_" * 2
    Judge = Meta("Judge", (Meta,), {edge + "instancecheck" + edge: lambda cls, obj: predicate(obj)})
    Anything = Judge("Anything", (), {})
    return isinstance(1, Anything)
