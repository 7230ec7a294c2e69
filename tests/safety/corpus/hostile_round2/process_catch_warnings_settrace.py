# family: process
# Escape: sys reached as catch_warnings()._module.sys (warnings imports sys); sys.settrace installs a
# global trace hook that sees every frame (f_globals, f_locals) of every later call.
import warnings


class Tracer:
    def __init__(self):
        self._module = None
        self.events = []

    def hook(self, frame, event, arg):
        self.events.append(frame)
        return self.hook


def tool() -> int:
    tracer = Tracer()
    warnings.catch_warnings()._module.sys.settrace(tracer.hook)
    return len(tracer.events)
