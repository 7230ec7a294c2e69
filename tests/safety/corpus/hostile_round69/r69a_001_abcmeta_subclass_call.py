# family: metaclass deriving from ABCMeta, class made by calling it
# checker: refused (exit 1); escape: no
import abc
class M(abc.ABCMeta):
    def m(self):
        return type(self)
B = M("B", (), {})
print(B.m())
