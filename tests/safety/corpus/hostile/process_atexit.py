# family: process hooks
import atexit


def tool() -> None:
    atexit.register(print, "after the call")
