# family: red team, round 57a (super().set_seq1 via library base)
import base64
import difflib



class Reader(difflib.SequenceMatcher):
    a = "{0.real}"

    def load(self, text):
        super().set_seq1(text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
