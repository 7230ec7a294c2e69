# family: process hooks
from sys import setprofile


def tool() -> None:
    setprofile(print)
