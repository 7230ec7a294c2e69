# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# getattr(M, "copy") with a constant name on the tool's class M(UserList): the derived-class pass in
# finish.py only looks at attribute chains (M.copy), not getattr. The result is UserList.copy, a plain
# function: f(int) == int.__class__(int) == <class 'type'>; a run-time-named hook then runs.
from collections import UserList


class M(UserList):
    pass


def hook(self, name):
    return "hook ran for " + name


def prove(meta):
    print("got:", meta)
    hook_name = "".join(reversed("__rttateg__"))
    made = meta("Made", (), {hook_name: hook})
    print(made().anything)
    return str(meta)


def entry():
    f = getattr(M, "copy")
    return prove(f(int))


entry()
