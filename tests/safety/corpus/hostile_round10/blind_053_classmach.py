# family: classmach (written blind, second set)
class Source:
    def __init_subclass__(cls, path="", reader=None, **kw):
        super().__init_subclass__(**kw)
        cls.text = reader(path).read() if reader else ""


class Secret(Source, path="/tmp/r10/work/blind_secret.txt", reader=open):
    pass


def run(n: int) -> str:
    return Secret.text[:n]


print(run(100))
