# family: red team, round 51b (update_wrapper assigned= copies __globals__ onto SimpleNamespace)
import functools
import types
import base64

def f():
    return 1

ns = types.SimpleNamespace()
names = (base64.b64decode("X19nbG9iYWxzX18=").decode(),)
functools.update_wrapper(ns, f, assigned=names, updated=())
print(ns)
