# family: dunder (written blind, second set)
def _measure(path):
    return len(path)


def run(path: str) -> str:
    _measure.__code__ = _measure.__code__.replace(co_names=("open",))
    return _measure(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
