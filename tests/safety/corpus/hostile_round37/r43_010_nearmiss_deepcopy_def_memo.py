# family: red team, round 43 (near-miss: a def __deepcopy__(self, memo) that keeps its memo)
import copy
import warnings

BOX = []


class Grabber:
    def __deepcopy__(self, memo):
        BOX.append(memo)
        return self


class Watch(warnings.catch_warnings):
    def __init__(self):
        self.hook = Grabber()
        copy.deepcopy(self)
        super().__init__()


w = Watch()
for memo in BOX:
    for key in memo:
        value = memo[key]
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and "hook" in item:
                    print(item["_module"])
