# family: red team, round 56b (library class kept as a class attribute; its Python method run on self)
import base64
import difflib


class Reader:
    K = difflib.SequenceMatcher
    a = "{0.real}"

    def load(self, text):
        self.K.set_seq1(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX19bX19idWlsdGluc19fXX0=").decode())
print(r.show(probe))
