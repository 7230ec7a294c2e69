# family: red team, round 58a (contextlib.closing.__init__(obj, v) directly on a tool object at module level)
import base64
import contextlib


class Reader:
    thing = "{0.real}"

    def show(self, x):
        return self.thing.format(x)


def probe():
    return 1


r = Reader()
contextlib.closing.__init__(r, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
