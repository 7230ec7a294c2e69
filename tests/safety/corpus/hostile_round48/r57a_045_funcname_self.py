# family: red team, round 57a (tool function whose parameter is not self calls alias on it)
import base64
import difflib

K = difflib.SequenceMatcher


def put(o, t):
    K.set_seq1(o, t)


class Reader:
    a = "{0.real}"

    def load(self, text):
        put(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
