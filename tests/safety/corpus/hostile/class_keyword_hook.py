# family: class machinery
class Base:
    pass


class Child(Base, register=True):
    pass


def tool():
    return Child
