# family: red team, round 53b (type(x) operand reflected __gt__)
import base64


class Catcher:
    def __init__(self):
        self.got = []

    def __gt__(self, other):
        self.got.append(other)
        return True


c = Catcher()
print(type(int) < c)
t = c.got[0]
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
