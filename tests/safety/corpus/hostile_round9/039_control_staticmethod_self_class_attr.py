# family: red team, round 9 (control_staticmethod_self_class_attr)
# Control: self.__class__ in a staticmethod whose parameter is named self (expected refused).
import abc


class Base(abc.ABC):
    @staticmethod
    def grab(self):
        return self.__class__


print(Base.grab(Base))
