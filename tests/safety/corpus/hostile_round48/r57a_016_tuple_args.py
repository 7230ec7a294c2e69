# family: red team, round 57a (self inside a tuple then starred)
import base64
import difflib



class Reader:
    a = "{0.real}"

    def load(self, text):
        args = (self, text)
        difflib.SequenceMatcher.set_seq1(*args)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
