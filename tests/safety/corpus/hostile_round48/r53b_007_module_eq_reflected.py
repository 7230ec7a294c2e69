# family: red team, round 53b (module compared with an object: its __eq__ gets the module)
import json


class Catcher:
    def __init__(self):
        self.got = []

    def __eq__(self, other):
        self.got.append(other)
        return True

    __hash__ = None


c = Catcher()
print(json == c)
print(c.got[0])
