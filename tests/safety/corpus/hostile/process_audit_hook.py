# family: process hooks
import sys


def tool() -> None:
    sys.addaudithook(lambda event, args: None)
