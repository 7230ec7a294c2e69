# family: red team, round 50a (ChainMap imported twice: a subclass's parents.fget read off the class is not judged, and runs self.__class__ on int)
import base64
from collections import ChainMap
from collections import ChainMap


def hook(cls):
    print("hook ran on", cls)


class Scopes(ChainMap):
    pass


class Fake:
    maps = [0, 1]
    __class__ = int


def main():
    kind = type(Scopes.copy(int))
    print(kind)


main()
