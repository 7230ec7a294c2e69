# family: process
# Escape: a walrus binds `self` to an attrgetter; self.__class__ is accepted by the receiver's name only, so Get
# is the attrgetter class. calendar.isleap.__globals__ (run-time name) holds sys (calendar imports it), and
# sys.settrace installs a trace hook on the interpreter.
import calendar
import operator


def tool(trace_hook) -> bool:
    if (self := operator.attrgetter("real")) is not None:
        Get = self.__class__
    edge = "_" * 2
    sys_module = Get(edge + "globals" + edge)(calendar.isleap)["sys"]
    sys_module.settrace(trace_hook)
    return True
