# family: red team, round 67a (functional Enum names list extended at run time with __init_subclass__)
from enum import Enum
u = min("_z")
L = [("A", 1)]
L.append((u + u + "init" + "_subclass" + u + u, lambda c: print("hook", c)))
E = Enum("E", L)
T = (("A", 1), ("B", 2))
E2 = Enum("E2", T)
class F(E): pass
