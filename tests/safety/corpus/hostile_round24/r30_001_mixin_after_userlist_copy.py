# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# class M(UserList, Mixin): Mixin defines copy, so library_methods._library_bases says "defined" and skips
# judging M.copy -- but the MRO puts UserList first, so M.copy is UserList.copy (self.__class__(self)).
# M.copy(int) runs int.__class__(int) == type(int) == <class 'type'>; we then build a class whose hook
# name (__getattr__) is built at run time, and the hook runs.
from collections import UserList


class Mixin:
    def copy(self):
        return list(self)


class M(UserList, Mixin):
    pass


def hook(self, name):
    return "hook ran for " + name


def entry():
    meta = M.copy(int)
    print("got:", meta)
    hook_name = "".join(reversed("__rttateg__"))
    made = meta("Made", (), {hook_name: hook})
    obj = made()
    print(obj.anything)
    return str(meta)


entry()
