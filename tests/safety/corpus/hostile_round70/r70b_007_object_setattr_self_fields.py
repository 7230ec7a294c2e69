# family: class constant tuple FIELDS shadowed on the instance by object.__setattr__(self, "FIELDS", runtime list)
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
class C:
    FIELDS = ("real", "imag")
    def __init__(self):
        u = "-".replace("-", "_")
        object.__setattr__(self, "FIELDS", [u + u + "globals" + u + u])
    def show(self, x):
        for key in self.FIELDS:
            print(getattr(x, key))
def f():
    pass
C().show(f)
