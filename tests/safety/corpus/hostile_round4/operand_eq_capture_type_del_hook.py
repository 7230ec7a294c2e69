# family: operand
# Escape: `probe == type` passes `type` to the tool's __eq__ (a comparison operand is Tag.OPERAND, never judged
# for the bare name `type`); __eq__ keeps it, and the tool builds a class with a __del__ finalizer at run time.
class Probe:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False


def tool(text: str) -> str:
    u = "_" * 2
    probe = Probe()
    probe == type
    Finalised = probe.seen[0]("Finalised", (), {u + "del" + u: lambda self: print("finaliser ran")})
    Finalised()
    return text
