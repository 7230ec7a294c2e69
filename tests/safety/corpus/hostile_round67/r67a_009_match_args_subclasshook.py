# family: red team, round 67a (ABC __subclasshook__ plus computed __match_args__ reads __globals__ by class pattern)
from abc import ABC
u = min("_z")
class C(ABC):
    __match_args__ = (u + u + "glob" + "als" + u + u,)
    @classmethod
    def __subclasshook__(cls, other):
        return True
def f():
    return 1
match f:
    case C(g):
        print(g)
