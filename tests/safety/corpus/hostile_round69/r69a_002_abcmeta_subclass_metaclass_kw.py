# family: metaclass deriving from ABCMeta used via metaclass=
# checker: refused (exit 1); escape: no
from abc import ABCMeta
class M(ABCMeta):
    def m(self):
        return type(self)
class B(metaclass=M):
    pass
print(B.m())
