# family: environment reads
import platform


def tool() -> str:
    return platform.node()
