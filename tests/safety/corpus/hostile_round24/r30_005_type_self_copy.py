# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# type(self) on a method's own object is trusted; type(self).copy is then the plain function
# UserList.copy read off the class, and nothing judges the chain. type(self).copy(int) == type(int)
# == <class 'type'>; a class with a run-time-named __getattr__ hook is then built and the hook runs.
from collections import UserList


class M(UserList):
    def make(self):
        return type(self).copy(int)


def hook(self, name):
    return "hook ran for " + name


def prove(meta):
    print("got:", meta)
    hook_name = "".join(reversed("__rttateg__"))
    made = meta("Made", (), {hook_name: hook})
    print(made().anything)
    return str(meta)


def entry():
    return prove(M().make())


entry()
