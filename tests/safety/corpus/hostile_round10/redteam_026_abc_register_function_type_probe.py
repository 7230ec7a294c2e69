# family: red team, round 10 (abc_register_function_type_probe)
# Probe: ABCMeta.register with type(f) ("register(type(x))" is deemed harmless for singledispatch) makes every
# function an instance of a tool ABC; class patterns of that ABC then run on functions (attribute names still
# written, so alone this reads nothing dangerous).
import abc


class Probe(abc.ABC):
    __match_args__ = ("value",)


def f():
    return None


f.value = 42


def run():
    Probe.register(type(f))
    match f:
        case Probe(value):
            return value
    return None


print(run())
