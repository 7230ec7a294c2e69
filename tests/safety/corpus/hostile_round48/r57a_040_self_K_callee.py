# family: red team, round 57a (self.K(self, v) with K = staticmethod(alias.set_seq1))
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    S = staticmethod(K.set_seq1)
    a = "{0.real}"

    def load(self, text):
        self.S(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
