# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# Chain: collections.UserList.copy is `return self.__class__(self)`; called unbound with a builtin
# class, UserList.copy(str) is type(str) == <class 'type'>. Same root cause as rt_001 (a pure-Python
# library method read on its class and run with any object as self), different method.
# The metaclass builds a class whose __getattr__ is named at run time; the hook runs.
from collections import UserList


def hook(self, name):
    return "hook ran for " + name


def tool():
    meta = UserList.copy(str)
    print(meta)
    under = bytes([95, 95]).decode()
    made = meta("Made", (object,), {under + "getattr" + under: hook})
    print(made().whatever)
    return str(meta)


tool()
