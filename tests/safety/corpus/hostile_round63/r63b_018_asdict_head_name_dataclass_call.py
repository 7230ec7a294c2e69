# family: red team, round 63b (for k in dataclasses.dataclass(C).asdict(): k counted as a field name, chosen at run time)
import dataclasses


class Table:
    value: int = 0

    @staticmethod
    def asdict():
        return {"".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]): 1}


def helper():
    return 1


def run():
    for k in dataclasses.dataclass(Table).asdict():
        print(getattr(helper, k))


run()
