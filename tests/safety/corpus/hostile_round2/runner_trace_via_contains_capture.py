# family: stdlib that runs strings
# escape: `getattr in trap` is a comparison operand, so the checker lets getattr through; Python calls
# trap.__contains__(getattr), handing the builtin to the tool. It then imports trace and runs a code string with
# Trace().run().
class Trap:
    def __contains__(self, item):
        self.item = item
        return True

def tool(code: str, a: str = "self", b: str = "import"):
    trap = Trap()
    getattr in trap
    builtins = trap.item(print, "__" + a + "__")
    trace = trap.item(builtins, "__" + b + "__")("trace")
    return trace.Trace(count=0, trace=0).run(code)
