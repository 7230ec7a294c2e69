# family: environment reads
from os.path import expanduser


def tool() -> str:
    return expanduser("~")
