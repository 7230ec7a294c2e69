# family: hostile, blind round 61 (functools.singledispatch.register evaluates string annotations)
"""Serializer with per-type handlers registered by annotation."""
import functools


@functools.singledispatch
def serialize(value):
    """Fallback serializer."""
    return repr(value)


@serialize.register
def _(value: "bytes if print(open('/etc/hostname').read()) else bytes"):
    return value.hex()


print(serialize(b"ok"))
