# family: red team, round 58a (alias of contextlib.closing; K.__init__(obj, v) stores obj.thing over a class constant template)
import base64
import contextlib

K = contextlib.closing


class Reader:
    thing = "{0.real}"

    def show(self, x):
        return self.thing.format(x)


def probe():
    return 1


r = Reader()
K.__init__(r, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
