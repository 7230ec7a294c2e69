# family: red team, round 38 (typing aliases calling their origin)
from typing import Annotated


def hook(cls, **kw):
    print("hook ran", cls)


A = Annotated[type, 0]
K = A("K", (), {"__init_subclass__": classmethod(hook)})
print(A, K)
