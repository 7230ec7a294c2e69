# family: red team, round 57a (library function as class attribute, called bound)
import base64
import difflib



class Reader:
    set_seq1 = difflib.SequenceMatcher.set_seq1
    a = "{0.real}"

    def load(self, text):
        self.set_seq1(text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
