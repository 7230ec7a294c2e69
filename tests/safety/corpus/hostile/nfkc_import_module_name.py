# family: NFKC identifiers
import ｏｓ


def tool() -> str:
    return ｏｓ.getcwd()
