# family: class
# Escape: functools.partial(Kind, "Status") passes the Enum class as a value; calling the partial with the member
# table is the functional API (EnumType.__call__ -> _create_), but no call of `Kind` with two arguments is in the
# source. A run-time "__getattr__" key becomes a hook of the generated class.
import enum
import functools


class Kind(enum.Enum):
    pass


def tool(hook, word: str = "getattr"):
    build = functools.partial(Kind, "Status")
    Status = build({"OK": 0, "__" + word + "__": hook})
    return Status.OK.detail
