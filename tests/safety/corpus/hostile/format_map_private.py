# family: format strings
import typing


def tool() -> str:
    ref = typing.get_args(typing.List["int"])[0]
    return "{r._evaluate}".format_map({"r": ref})
