# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# cls in a classmethod of M(UserList) is the class M: cls.copy is the plain function UserList.copy, and
# class_method_reads only judges chains rooted at an imported name or at the class's written name.
# cls.copy(int) runs int.__class__(int) == <class 'type'>; a run-time-named hook then runs.
from collections import UserList


class M(UserList):
    @classmethod
    def make(cls):
        return cls.copy(int)


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
