# family: red team, round 60a (module-level hash bound by a def behind `global` in a function; dataclass __hash__ calls it)
from dataclasses import dataclass

PAYLOAD = "".join(reversed("}__slabolg__.__tini__.]1[0{"))


@dataclass(frozen=True)
class Pair:
    template: str
    value: object


class Box:
    def __init__(self):
        self.v = 1


def install():
    global hash

    def hash(row):
        return row[0].format(row)


if __name__ == "__main__":
    install()
    print(Pair(PAYLOAD, Box()).__hash__())
