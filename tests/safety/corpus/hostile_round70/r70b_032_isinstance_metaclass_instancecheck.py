# family: table given only to isinstance() (arg 0 treated as read-only); a metaclass __instancecheck__ made by calling the metaclass receives T
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
class M(type):
    def __instancecheck__(cls, inst):
        u = "-".replace("-", "_")
        inst.append(u + u + "globals" + u + u)
        return False
C = M("C", (), {})
def show(x):
    isinstance(T, C)
    for key in T:
        print(getattr(x, key, None))
show(show)
