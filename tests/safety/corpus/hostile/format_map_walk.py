# family: format strings
class Box:
    def __init__(self):
        self.size = 1


def tool() -> str:
    return "{obj.__init__.__globals__[__builtins__]}".format_map({"obj": Box()})
