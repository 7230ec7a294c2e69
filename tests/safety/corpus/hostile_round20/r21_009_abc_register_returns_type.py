# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: abc.ABCMeta.register returns its argument: A.register(type) would hand out the metaclass type.
from abc import ABC


class A(ABC):
    pass


def run():
    t = A.register(type)
    print(t)


run()
