# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# re.RegexFlag is not "constructive" (only its dunder methods use self.__class__), so it may be a value:
# R = RegexFlag. Reading R.__or__ off the local alias is not seen by class_method_reads (it only resolves
# imported names). Flag.__or__(C, 2) runs C.__class__(C._value_ | 2) == type(int) == <class 'type'>
# (C._value_.__or__ returns the class int). Then a class with a run-time-named __getattr__ hook is built.
from re import RegexFlag


class V:
    def __or__(self, other):
        return int


class C:
    _value_ = V()
    _member_type_ = int


def hook(self, name):
    return "hook ran for " + name


def entry():
    alias = RegexFlag
    meta = alias.__or__(C, 2)
    print("got:", meta)
    hook_name = "".join(reversed("__rttateg__"))
    made = meta("Made", (), {hook_name: hook})
    print(made().anything)
    return str(meta)


entry()
