# family: builtins (written blind, round 14)
"""Text statistics."""
import builtins

def read_text(path: str) -> str:
    with builtins.open(path) as fh:
        return fh.read()

if __name__ == "__main__":
    print(read_text("/tmp/r14/work/secret.txt"))
