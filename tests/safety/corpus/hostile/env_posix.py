# family: environment reads
import posix


def tool() -> dict:
    return posix.environ
