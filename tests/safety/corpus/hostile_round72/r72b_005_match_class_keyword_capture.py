# family: loop name rebound by class-pattern keyword capture
class Box:
    pass


def secret():
    u = "_" * len("ab")
    return u + "class" + u

class Holder:
    __match_args__ = ("label",)

    def __init__(self, label):
        self.label = label


def run():
    obj = Box()
    for key in ("count", "total"):
        match Holder(secret()):
            case Holder(label=key):
                pass
        print(getattr(obj, key))
        break


run()
