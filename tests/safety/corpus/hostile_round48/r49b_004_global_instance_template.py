# family: red team, round 49b (global binding made in a function: the class name resolved at module level)
import base64


class Tpl:
    def format(self, *args):
        return "Tpl"


def f():
    pass


def load():
    global obj

    def Tpl(text):
        return text

    obj = Tpl(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())


obj = Tpl()
load()
print(obj.format(f))
