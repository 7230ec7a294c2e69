# family: red team, round 57a (object.__setattr__(self, 'a', v): builtin exemption)
import base64




class Reader:
    a = "{0.real}"

    def load(self, text):
        object.__setattr__(self, 'a', text)

    def show(self, thing):
        return self.a.format(thing)


def probe():
    return 1


r = Reader()
r.load(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
