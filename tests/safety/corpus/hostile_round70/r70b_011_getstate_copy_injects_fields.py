# family: class tuple FIELDS shadowed on a copy: __getstate__ returns a dict with FIELDS, copy.copy puts it in the new instance's __dict__
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import copy
class C:
    FIELDS = ("real", "imag")
    def __getstate__(self):
        u = "-".replace("-", "_")
        return {"FIELDS": [u + u + "globals" + u + u]}
    def show(self, x):
        for key in self.FIELDS:
            print(getattr(x, key))
def f():
    pass
copy.copy(C()).show(f)
