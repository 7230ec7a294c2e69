# family: red team, round 56b (walrus in a comprehension rebinds self in the method)
import base64


class Reader:
    T = "{0.real}"

    def show(self, thing, other):
        [self := other for _ in (1,)]
        return self.T.format(thing)


class Other:
    pass


def probe():
    return 1


o = Other()
setattr(o, "T", base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(Reader().show(probe, o))
