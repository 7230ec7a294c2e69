# family: red team, round 57a (callee from with-as)
import base64
import difflib
import contextlib



class Reader:
    a = "{0.real}"

    def load(self, text):
        with contextlib.nullcontext(difflib.SequenceMatcher) as K:
            K.set_seq1(self, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
