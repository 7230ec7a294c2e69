# family: red team, round 56b (control: from-import of the library class, called directly on self)
import base64
from difflib import SequenceMatcher


class Reader:
    a = "{0.real}"

    def load(self, text):
        SequenceMatcher.set_seq1(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX19bX19idWlsdGluc19fXX0=").decode())
print(r.show(probe))
