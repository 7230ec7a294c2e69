# family: class machinery
from abc import ABCMeta


class Meta(ABCMeta):
    def __new__(mcs, name, bases, namespace):
        return super().__new__(mcs, name, bases, namespace)


def tool():
    return Meta("Built", (), {})
