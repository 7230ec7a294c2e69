# family: loop name rebound by a class-pattern positional capture (case str(key))
class Box:
    pass


def secret():
    u = "_" * len("ab")
    return u + "class" + u

def run():
    obj = Box()
    for key in ("count", "total"):
        match secret():
            case str(key):
                pass
        print(getattr(obj, key))
        break


run()
