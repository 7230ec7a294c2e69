# family: red team, round 57a (K.set_seq1(cls, v) in a classmethod stores on the class)
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = "{0.real}"

    @classmethod
    def load(cls, text):
        K.set_seq1(cls, text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


Reader.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(Reader().show(probe))
