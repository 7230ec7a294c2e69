# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# In a classmethod of a class deriving from UserList, zero-argument super() is super(M, cls): its .copy
# is the plain function UserList.copy (self.__class__(self)); the two-argument-super rule only looks at
# written super(C, x). super().copy(int) == type(int) == <class 'type'>, then a run-time-named hook runs.
from collections import UserList


class M(UserList):
    @classmethod
    def make(cls):
        return super().copy(int)


def hook(self, name):
    return "hook ran for " + name


def prove(meta):
    print("got:", meta)
    hook_name = "".join(reversed("__rttateg__"))
    made = meta("Made", (), {hook_name: hook})
    print(made().anything)
    return str(meta)


def entry():
    return prove(M.make())


entry()
