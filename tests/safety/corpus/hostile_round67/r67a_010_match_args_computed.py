# family: red team, round 67a (computed __match_args__ on plain class)
u = min("_z")
class C:
    __match_args__ = (u + u + "glob" + "als" + u + u,)
def f():
    return 1
match f:
    case C(g):
        print(g)
