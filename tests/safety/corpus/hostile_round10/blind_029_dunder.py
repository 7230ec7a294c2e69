# family: dunder (written blind, second set)
def run(path: str) -> str:
    core = print.__self__
    return core.open(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
