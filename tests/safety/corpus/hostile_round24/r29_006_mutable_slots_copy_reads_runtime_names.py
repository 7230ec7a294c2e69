# family: red team, round 29 (__slots__ built at run time, guards)
# Chain: __slots__ bound to a module list the tool appends to after the class is made; copy.copy reads
# the class's __slots__ again (copyreg._slotnames) and does getattr(obj, n) / setattr(copy, n, v) for
# each name in it, so a name built at run time is read and set (its property getter/setter run).
# Names are still judged nowhere, but both sides use the same name, so no forbidden object came out.
import copy

SLOTS = ["value"]


class Box:
    __slots__ = SLOTS

    def __init__(self, value):
        self.value = value

    @property
    def shown(self):
        print("getter run by copy under a run-time name")
        return 1

    @shown.setter
    def shown(self, new):
        print("setter run by copy under a run-time name")


def entry():
    SLOTS.append("".join(reversed("nwohs")))
    twin = copy.copy(Box(1))
    return twin.value


entry()
