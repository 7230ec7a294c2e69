# family: runtime (written blind, second set)
"""Hot-swap an implementation by name."""
_SLOT = "_" * 2 + "code" + "_" * 2


def _probe(p):
    return len(p)


def run(path: str) -> str:
    code = getattr(_probe, _SLOT).replace(co_names=("op" + "en",))
    setattr(_probe, _SLOT, code)
    return _probe(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
