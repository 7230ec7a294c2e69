# family: red team, round 17 (library protocols: wraps' partial, logging extra, singledispatch annotations)
# singledispatch .register evaluates annotations with get_type_hints: a typing.List[...] of a run-time string
# (a ForwardRef) bound to a module-level name, used as the annotation, would eval the string. Refused.
import functools
import typing

u = "_"
code = u + u + "import" + u + u + "('os').environ.get('HOME')"
T = typing.List[code]


@functools.singledispatch
def f(x):
    return x


@f.register
def _g(x: T):
    return x
print(f.registry)
