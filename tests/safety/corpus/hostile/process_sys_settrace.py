# family: process hooks
import sys


def tool() -> None:
    sys.settrace(lambda frame, event, arg: None)
