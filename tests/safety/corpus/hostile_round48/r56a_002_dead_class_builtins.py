# family: red team, round 56a (class named __builtins__ under if False: annotation is the builtins module)
import functools


@functools.singledispatch
def show(value):
    return "plain"


if False:
    class __builtins__:
        pass

try:
    @show.register
    def _(value: __builtins__):
        return "odd"
except TypeError as e:
    print(e)
