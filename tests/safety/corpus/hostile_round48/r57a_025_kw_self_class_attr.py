# family: red team, round 57a (self.K.set_seq1(self=self, a=v) with K a class attribute)
import base64
import difflib


class Reader:
    K = difflib.SequenceMatcher
    a = "{0.real}"

    def load(self, text):
        self.K.set_seq1(self=self, a=text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
