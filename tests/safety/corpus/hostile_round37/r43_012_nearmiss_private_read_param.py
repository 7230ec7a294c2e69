# family: red team, round 43 (near-miss: _module read on a parameter of a subclass of catch_warnings)
import warnings


class Watch(warnings.catch_warnings):
    def where(self):
        return self._module


print(Watch().where())
