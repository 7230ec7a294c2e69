# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# getattr(UserList, 'copy')(int): constant getattr on the imported class.
# Refused by class_method_reads. Compare rt_006 (getattr on the tool's derived class).
from collections import UserList
def entry():
    f = getattr(UserList, "copy")
    print(f(int))
entry()
