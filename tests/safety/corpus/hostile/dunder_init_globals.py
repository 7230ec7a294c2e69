# family: dunder attribute walks
class Helper:
    def __init__(self) -> None:
        self.ready = True


def tool():
    return Helper.__init__.__globals__["__builtins__"]
