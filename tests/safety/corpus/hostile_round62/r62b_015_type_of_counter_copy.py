# family: red team, round 62b (type(obj).copy on a library object: Counter.copy read off type(c), run on a class)
from collections import Counter


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


def main():
    tally = Counter("ab")
    maker = type(tally).copy(Base)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
