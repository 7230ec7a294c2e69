# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# RegexFlag.__or__(C, 2) read directly off the imported class: C.__class__(C._value_ | 2) == type(int).
# Refused by class_method_reads (imported name). Compare rt_002 (same through a local alias).
from re import RegexFlag
class V:
    def __or__(self, other):
        return int
class C:
    _value_ = V()
    _member_type_ = int
def entry():
    print(RegexFlag.__or__(C, 2))
entry()
