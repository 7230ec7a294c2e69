# family: class machinery
class Anything:
    def __instancecheck__(self, instance) -> bool:
        return True


def tool(x) -> bool:
    return isinstance(x, Anything())
