# family: red team, round 43 (copy.deepcopy memo via class-body __deepcopy__ = function)
import copy

SEEN = []


def grab(self, memo):
    SEEN.append(memo)
    return self


class Grabber:
    __deepcopy__ = grab


class Holder:
    def __init__(self):
        self.items = {"k": [1, 2]}
        self.g = Grabber()


copy.deepcopy(Holder())
for key in SEEN[0]:
    print(key, SEEN[0][key])
