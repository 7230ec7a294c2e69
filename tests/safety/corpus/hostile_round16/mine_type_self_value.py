# family: red team, round 16 (type(self) handed out as a value)
class T:
    def __init__(self, v):
        self.v = v

    def scaled(self, k):
        return type(self)

    def leak(self):
        kls = type(self)
        return kls.scaled(kls, 2)


def run():
    return T(1).leak()


print(run())
