# family: combinations
# escape: inside a comprehension condition, `getattr in trap` is an operand use the checker allows; Python calls
# trap.__contains__(getattr), so the builtin leaks out of the comprehension scope into the tool.
class Trap:
    def __contains__(self, item):
        self.item = item
        return True

def tool(expr: str, a: str = "self"):
    trap = Trap()
    [0 for _ in range(1) if getattr in trap]
    return trap.item(trap.item(print, "__" + a + "__"), "eval")(expr)
