# family: red team, round 10 (copy_alias_class_control)
# Control: holder = copy.copy(Base) (copy of a class is the class); expected refused (receiver_root follows copy).
import abc
import copy


class Base(abc.ABC):
    def kind(self):
        return type(self)


def metaclass():
    holder = copy.copy(Base)
    return holder.kind(Base)


print(metaclass())
