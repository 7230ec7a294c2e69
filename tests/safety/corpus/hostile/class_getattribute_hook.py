# family: class machinery
class Spy:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


def tool() -> str:
    return repr(Spy())
