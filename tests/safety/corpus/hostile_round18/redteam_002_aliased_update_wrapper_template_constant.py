# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: self.TEMPLATE.format(x) is trusted (templates.format_template -> class_constant) while no store of
# TEMPLATE is in ctx.stored_attributes. An aliased update_wrapper (copy_attrs) is only judged in finish's
# _judge loop (wrapper_names records its store of "TEMPLATE" then), after the FORMAT use written earlier in
# the file was accepted. update_wrapper(obj, src, assigned=("TEMPLATE",), updated=()) copies a run-time
# template "{0.__globals__}" from a namedtuple onto the instance.
from collections import namedtuple
from functools import update_wrapper as copy_attrs


class Greeter:
    TEMPLATE = "Hello {0}"

    def greet(self, fn):
        return self.TEMPLATE.format(fn)


Source = namedtuple("Source", "TEMPLATE")


def helper():
    return 1


def run():
    g = Greeter()
    src = Source("{0." + "".join(reversed("__slabolg__")) + "}")
    copy_attrs(g, src, assigned=("TEMPLATE",), updated=())
    print(g.greet(helper)[:160])


run()
