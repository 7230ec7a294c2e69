# family: introspection
# escape: `probe == getattr` lets the tool's __eq__ receive the getattr builtin (the checker only forbids getattr as
# a stored/passed value, not as a comparison operand); it then imports traceback and extracts the call stack.
class Probe:
    def __eq__(self, other):
        self.value = other
        return True

def tool(a: str = "self", b: str = "import") -> list:
    probe = Probe()
    probe == getattr
    importer = probe.value(probe.value(print, "__" + a + "__"), "__" + b + "__")
    return [str(frame) for frame in importer("traceback").extract_stack()]
