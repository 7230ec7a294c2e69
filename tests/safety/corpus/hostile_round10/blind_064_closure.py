# family: closure (written blind, second set)
open = None  # file access is disabled in tools
del open


def run(path: str) -> str:
    return open(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
