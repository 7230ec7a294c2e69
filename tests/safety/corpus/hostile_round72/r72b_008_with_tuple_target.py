# family: loop name rebound by with-statement tuple target
class Box:
    pass


def secret():
    u = "_" * len("ab")
    return u + "class" + u

from contextlib import nullcontext


def run():
    obj = Box()
    for key in ("count", "total"):
        with nullcontext((secret(), 1)) as (key, _n):
            pass
        print(getattr(obj, key))
        break


run()
