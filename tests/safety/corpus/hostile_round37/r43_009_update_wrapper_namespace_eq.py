# family: red team, round 43 (update_wrapper copies a library object's __dict__; SimpleNamespace == hands each value to __eq__)
import functools
import types
import warnings

CAUGHT = []


class Catch:
    __doc__ = None

    def __init__(self):
        self._record = self
        self._module = self
        self._entered = self
        self._filter = self

    def __eq__(self, other):
        CAUGHT.append(other)
        return True

    __hash__ = None


def adopt(wrapper, wrapped):
    return functools.update_wrapper(wrapper, wrapped)


real = types.SimpleNamespace()
adopt(real, warnings.catch_warnings())
fake_source = Catch()
Catch.__module__ = fake_source
Catch.__doc__ = fake_source
fake = types.SimpleNamespace()
adopt(fake, fake_source)
print(real == fake)
mod = CAUGHT[3]
print(mod)
print(mod.sys.modules["os"].getcwd())
