# family: io (written blind, round 14)
"""CSV summariser."""
import csv
import io

def summarise(path: str) -> int:
    with io.open(path) as fh:
        return sum(1 for _ in csv.reader(fh))

def head(path: str) -> str:
    with io.open(path) as fh:
        return fh.readline()

if __name__ == "__main__":
    print(head("/tmp/r14/work/secret.txt"))
