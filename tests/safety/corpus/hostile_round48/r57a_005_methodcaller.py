# family: red team, round 57a (operator.methodcaller on self via class attr)
import base64
import difflib
import operator



class Reader:
    set_seq1 = difflib.SequenceMatcher.set_seq1
    a = "{0.real}"

    def load(self, text):
        operator.methodcaller('set_seq1', text)(self)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
