# family: closure (written blind, second set)
class Loader:
    text = open("/tmp/r10/work/blind_secret.txt").read()
    open = staticmethod(len)


def run(n: int) -> str:
    return Loader.text[:n]


print(run(100))
