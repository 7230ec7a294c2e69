# family: red team, round 35 (library_methods.typing_argument: typing.Dict alias equality compares __args__ tuples, handing Counter to a tool __eq__)
import typing
from collections import Counter


class Probe:
    seen = []

    def __eq__(self, other):
        Probe.seen.append(other)
        return False

    def __hash__(self):
        return 1


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


same = typing.Dict[str, Counter] == typing.Dict[str, Probe()]
found = [x for x in Probe.seen if hasattr(x, "most_common")][0]
meta = found.copy(int)
print(same, meta)
name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
base = meta("Base", (), {name: classmethod(hook)})
meta("Child", (base,), {})
