# family: submod (written blind, second set)
from dataclasses import dataclass, builtins as _runtime


@dataclass
class Doc:
    path: str

    def text(self) -> str:
        return _runtime.open(self.path).read()


def run(path: str) -> str:
    return Doc(path).text()


print(run("/tmp/r10/work/blind_secret.txt"))
