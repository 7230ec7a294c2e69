# family: operand
# Escape: attribute_chain exempts a metaclass name that is the last attribute of an operand
# (`abc.ABCMeta` compared), and comparisons call the other side's __eq__ with it. The tool's __eq__ keeps
# abc.ABCMeta, a class factory, which then builds a class with a __subclasshook__ at run time.
import abc


class Capture:
    value = None

    def __eq__(self, other):
        Capture.value = other
        return False


def tool(x) -> bool:
    u = "_" * 2
    Capture() == abc.ABCMeta
    Iface = Capture.value("Iface", (), {u + "subclasshook" + u: classmethod(lambda cls, c: True)})
    return isinstance(x, Iface)
