# family: class tuple FIELDS shadowed on the instance by functools.update_wrapper(self, ns, assigned=("FIELDS",), updated=())
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import functools
import types
class C:
    FIELDS = ("real", "imag")
    def show(self, x):
        for key in self.FIELDS:
            print(getattr(x, key))
def f():
    pass
u = "-".replace("-", "_")
ns = types.SimpleNamespace(FIELDS=[u + u + "globals" + u + u])
c = C()
functools.update_wrapper(c, ns, assigned=("FIELDS",), updated=())
c.show(f)
