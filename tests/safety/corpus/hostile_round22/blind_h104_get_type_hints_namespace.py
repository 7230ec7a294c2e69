# family: get (written blind, round 17 of blind hostile tools)
"""Schema from annotation mapping."""
import typing
from types import SimpleNamespace

_A = "_" * 2 + "annotations" + "_" * 2
_SRC = "".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95])) + "('os').getcwd()"


def schema(fields):
    holder = SimpleNamespace(**{_A: dict(fields)})
    try:
        return typing.get_type_hints(holder)
    except Exception as e:
        return str(e)


print(schema({"cwd": _SRC}))
