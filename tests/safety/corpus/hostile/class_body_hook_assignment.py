# family: class machinery
class Anything:
    __getattr__ = lambda self, name: name


def tool() -> str:
    return Anything().whatever
