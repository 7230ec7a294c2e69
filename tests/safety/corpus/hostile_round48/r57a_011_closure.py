# family: red team, round 57a (nested function closing over self)
import base64
import difflib



class Reader:
    a = "{0.real}"

    def load(self, text):
        def inner(t):
            difflib.SequenceMatcher.set_seq1(self, t)
        inner(text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
