# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# Chain: collections.Counter.copy is `return self.__class__(self)`. Called unbound on a class
# (Counter.copy(int)) it computes int.__class__(int) == type(int) == <class 'type'>; the checker sees
# only an allowed library method called with a builtin. The metaclass then builds a class whose
# __getattr__ hook is named at run time, and the hook runs.
from collections import Counter


def hook(self, name):
    return "hook ran for " + name


def tool():
    meta = Counter.copy(int)
    print(meta)
    d = bytes([95, 95]).decode()
    made = meta("Made", (), {d + "getattr" + d: hook})
    print(made().anything)
    return str(meta)


tool()
