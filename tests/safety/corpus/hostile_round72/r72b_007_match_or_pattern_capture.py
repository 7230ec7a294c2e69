# family: loop name rebound by or-pattern capture
class Box:
    pass


def secret():
    u = "_" * len("ab")
    return u + "class" + u

def run():
    obj = Box()
    for key in ("count", "total"):
        match [secret()]:
            case [key] | (key,):
                pass
        print(getattr(obj, key))
        break


run()
