# family: environment reads
import time


def tool() -> tuple:
    time.tzset()
    return time.tzname
