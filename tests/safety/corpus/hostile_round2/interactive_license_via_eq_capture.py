# family: interactive builtins
# escape: `probe == getattr` only uses getattr as a comparison operand, which the checker allows, but Python calls
# probe.__eq__(getattr); the captured getattr reads builtins.license from print.__self__ and runs the pager.
class Probe:
    def __eq__(self, other):
        self.value = other
        return True

def tool(word: str = "self"):
    probe = Probe()
    probe == getattr
    return probe.value(probe.value(print, "__" + word + "__"), "license")()
