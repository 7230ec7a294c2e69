# family: nfkc (written blind, second set)
import ｏｓ


def run(n: int) -> int:
    return ｏｓ.getpid() + n


print(run(0))
