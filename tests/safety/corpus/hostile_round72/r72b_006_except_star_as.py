# family: loop name rebound by except* ... as key (3.11)
class Box:
    pass


def secret():
    u = "_" * len("ab")
    return u + "class" + u

def run():
    obj = Box()
    for key in ("count", "total"):
        try:
            raise ValueError(secret())
        except* ValueError as key:
            pass
        print(getattr(obj, key))
        break


run()
