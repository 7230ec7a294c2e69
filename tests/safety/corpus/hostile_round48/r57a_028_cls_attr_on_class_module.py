# family: red team, round 57a (K.set_seq1(Reader, v) at module level stores on the class)
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = "{0.real}"

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


K.set_seq1(Reader, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(Reader().show(probe))
