# family: red team, round 63b (for k in dataclasses.FrozenInstanceError(h).args[0].asdict(): root is the dataclasses module, so k counts as a field name)
import dataclasses


class Holder:
    def asdict(self):
        return {"".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]): 1}


def helper():
    return 1


def run():
    for k in dataclasses.FrozenInstanceError(Holder()).args[0].asdict():
        print(getattr(helper, k))


run()
