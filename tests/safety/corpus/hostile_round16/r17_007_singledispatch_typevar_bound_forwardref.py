# family: red team, round 17 (library protocols: wraps' partial, logging extra, singledispatch annotations)
# Like rt_006, with the run-time string hidden in a TypeVar bound inside List[T]. Refused.
import functools
import typing

u = "_"
code = u + u + "import" + u + u + "('os').environ.get('HOME')"
T = typing.TypeVar("T", bound=code)


@functools.singledispatch
def f(x):
    return x


@f.register
def _g(x: typing.List[T]):
    return x
print(f.registry)
