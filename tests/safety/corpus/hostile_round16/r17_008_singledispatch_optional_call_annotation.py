# family: red team, round 17 (library protocols: wraps' partial, logging extra, singledispatch annotations)
# Like rt_006, with typing.Optional[build()] (a call returning the run-time string) written in the annotation
# of a function registered inside another function. Refused.
import functools
import typing

def build():
    u = "_"
    return u + u + "import" + u + u + "('os').environ.get('HOME')"


@functools.singledispatch
def f(x):
    return x


def later():
    @f.register
    def _g(x: typing.Optional[build()]):
        return x
later()
