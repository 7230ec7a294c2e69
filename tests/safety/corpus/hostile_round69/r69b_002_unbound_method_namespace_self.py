# family: class-constant table (self.FIELDS) read on a foreign self passed to the unbound method
# result: checker: REFUSED (computed-attribute-name); escape: no
import types


class C:
    FIELDS = ("name",)

    def show(self, target):
        for f in self.FIELDS:
            print(getattr(target, f))


def helper():
    return 1


u = "_"
d = u + u + "globals" + u + u
ns = types.SimpleNamespace(FIELDS=(d,))
C.show(ns, helper)
