# family: red team, round 60a (module-level hash bound by a match capture pattern of a lambda)
from dataclasses import dataclass

PAYLOAD = "".join(reversed("}__slabolg__.__tini__.]1[0{"))


@dataclass(frozen=True)
class Pair:
    template: str
    value: object


class Box:
    def __init__(self):
        self.v = 1


match (lambda row: row[0].format(row)):
    case hash:
        pass

if __name__ == "__main__":
    print(Pair(PAYLOAD, Box()).__hash__())
