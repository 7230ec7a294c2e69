# family: introspect
# Escape: `x.__class__` is allowed in a comparison, but Python calls the tool's __eq__ with it, which keeps
# it: m.other is the attrgetter class. A dotted run-time path then walks an exception's traceback to the
# frame, its caller's frame and that caller's module globals.
import operator


class Match:
    def __eq__(self, other):
        self.other = other
        return True


def tool() -> list:
    m = Match()
    m == operator.attrgetter("real").__class__
    edge = "_" * 2
    try:
        raise ValueError("probe")
    except ValueError as err:
        caller = m.other(edge + "traceback" + edge + ".tb_frame.f_back.f_globals")(err)
    return sorted(caller)
