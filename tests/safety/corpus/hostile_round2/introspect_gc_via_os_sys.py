# family: introspect
# Escape: random.Random.__init__.__globals__["_os"] is os (globals copied out by update_wrapper via
# operator.call); os.sys.modules["importlib"] imports gc, and gc.get_objects() lists every live object.
import functools
import operator
import random
import types


def tool() -> int:
    name = "globals".center(11, "_")
    space: dict = {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{name: space}), random.Random.__init__, (), (name,))
    gc = space["_os"].sys.modules["importlib"].import_module("gc")
    return len(gc.get_objects())
