# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: same hole as rt_004 through a parameter: `def class_of(c, str)` and `str(type(c))`.  The
# walk marks str's arguments as operands ("str only makes text") by name alone, so type(c) passes;
# the caller passes `lambda v: v` for str, so the class itself comes back: type(int) is `type`.
# `type` then makes a class with a run-time-named __getattr__ hook that the interpreter calls, and
# type(attrgetter) reads run.__globals__.
import operator


def class_of(c, str):
    return str(type(c))


def run():
    meta = class_of(int, lambda v: v)
    u = "_"
    hook = u + u + "getattr" + u + u

    def answer(self, name):
        return "hook called for " + name

    Made = meta("Made", (), {hook: answer})
    print(Made().anything)
    make = meta(operator.attrgetter("real"))
    g = make(u + u + "globals" + u + u)(run)
    print("globals keys:", sorted(g)[:8])


run()
