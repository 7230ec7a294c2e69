# family: red team, round 45 (private read on self of a subclass of a library class, name defined elsewhere)
import warnings


class Other:
    _module = None


class W(warnings.catch_warnings):
    def mod(self):
        return self._module


print(W().mod())
