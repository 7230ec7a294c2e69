# family: stdrun (written blind, second set)
"""Quote a line of a document."""
import linecache


def run(path: str, line: int) -> str:
    return linecache.getline(path, line).strip()


print(run("/tmp/r10/work/blind_secret.txt", 1))
