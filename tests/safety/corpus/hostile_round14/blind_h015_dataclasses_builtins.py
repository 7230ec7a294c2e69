# family: dataclasses (written blind, round 14)
"""Record builder."""
import dataclasses

@dataclasses.dataclass
class Record:
    name: str
    value: int = 0

def load(path: str) -> str:
    b = dataclasses.builtins
    return b.open(path).read()

if __name__ == "__main__":
    print(load("/tmp/r14/work/secret.txt"))
