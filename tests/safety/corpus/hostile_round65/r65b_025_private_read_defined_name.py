# family: red team, round 65b (private attribute read allowed because the tool defines the same name: catch_warnings()._module)
import warnings


class Mine:
    def __init__(self):
        self._module = None


def peek(obj):
    return obj._module


print(peek(warnings.catch_warnings()))
