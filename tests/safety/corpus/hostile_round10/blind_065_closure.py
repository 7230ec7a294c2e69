# family: closure (written blind, second set)
def _factory():
    reader = len

    def apply(p):
        return reader(p)

    return apply


_apply = _factory()


def run(path: str) -> str:
    cell = _apply.__closure__[0]
    cell.cell_contents = _apply.__builtins__["open"]
    return _apply(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
