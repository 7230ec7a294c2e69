# family: red team, round 66b (ABC __subclasshook__ receives the metaclass type via isinstance(cls, ABC))
import abc


class Probe(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        print(other)
        return False


class Plain:
    pass


print(isinstance(Plain, Probe))
