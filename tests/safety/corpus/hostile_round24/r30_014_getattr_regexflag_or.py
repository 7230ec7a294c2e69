# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# getattr(RegexFlag, '__or__')(C, 2).
# Refused by class_method_reads.
from re import RegexFlag
class V:
    def __or__(self, other):
        return int
class C:
    _value_ = V()
    _member_type_ = int
def entry():
    f = getattr(RegexFlag, "__or__")
    print(f(C, 2))
entry()
