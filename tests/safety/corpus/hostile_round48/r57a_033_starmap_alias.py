# family: red team, round 57a (itertools.starmap(K.set_seq1, [(self, v)]))
import base64
import difflib
import itertools

K = difflib.SequenceMatcher


class Reader:
    a = "{0.real}"

    def load(self, text):
        list(itertools.starmap(K.set_seq1, [(self, text)]))

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
