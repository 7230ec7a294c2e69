# family: red team, round 49b (class-constant template shadowed by warnings.catch_warnings(module=self))
import base64
import warnings


def f():
    pass


class C:
    showwarning = "{0}"
    filters = ()

    def __init__(self):
        self._showwarning_orig = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
        self._showwarnmsg_impl = None

    def _filters_mutated(self):
        pass

    def show(self, obj):
        with warnings.catch_warnings(record=True, module=self):
            return self.showwarning.format(obj)


print(C().show(f))
