# family: class constant tuple FIELDS, but a __getattribute__ of the class returns a runtime list for it
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
class C:
    FIELDS = ("real", "imag")
    def __getattribute__(self, name):
        u = "-".replace("-", "_")
        return [u + u + "globals" + u + u]
    def show(self, x):
        for key in self.FIELDS:
            print(getattr(x, key))
def f():
    pass
C.show(C(), f)
