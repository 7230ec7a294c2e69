# family: red team, round 57a (alias K.set_seq1(r, v) at module level on a tool object)
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = "{0.real}"

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
K.set_seq1(r, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
