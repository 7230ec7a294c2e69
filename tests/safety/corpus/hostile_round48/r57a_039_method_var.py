# family: red team, round 57a (m = K.set_seq1; m(self, v))
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = "{0.real}"

    def load(self, text):
        m = K.set_seq1
        m(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
