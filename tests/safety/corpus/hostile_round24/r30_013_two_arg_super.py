# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# super(M, M).copy(int) in a method: the two-argument super rule.
# Refused. Compare rt_003 (zero-argument super() in a classmethod).
from collections import UserList
class M(UserList):
    def make(self):
        return super(M, M).copy(int)
def entry():
    print(M().make())
entry()
