# family: class
# Escape: abc.ABCMeta is allowed "as an operand" (e.g. isinstance); a .get() default counts as one, but is
# returned: Meta is the metaclass. Called at run time it derives a new metaclass with an __instancecheck__
# hook (name built at run time), so isinstance() runs tool code for every check.
import abc


def tool(predicate) -> bool:
    Meta = {}.get(0, abc.ABCMeta)
    edge = "_" * 2
    Judge = Meta("Judge", (Meta,), {edge + "instancecheck" + edge: lambda cls, obj: predicate(obj)})
    Anything = Judge("Anything", (), {})
    return isinstance(1, Anything)
