# family: environment reads
import getpass


def tool() -> str:
    return getpass.getuser()
