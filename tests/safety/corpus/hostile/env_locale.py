# family: environment reads
import locale


def tool() -> tuple:
    return locale.getlocale()
