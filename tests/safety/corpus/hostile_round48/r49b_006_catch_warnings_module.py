# family: red team, round 49b (class constant shadowed on the instance by warnings.catch_warnings(module=self))
import base64
import warnings


def f():
    pass


class C:
    showwarning = ("name",)
    filters = ()

    def __init__(self):
        self._showwarning_orig = [base64.b64decode("X19nbG9iYWxzX18=").decode()]
        self._showwarnmsg_impl = None

    def _filters_mutated(self):
        pass

    def read(self, obj):
        with warnings.catch_warnings(record=True, module=self):
            for key in self.showwarning:
                return getattr(obj, key)


print(C().read(f))
