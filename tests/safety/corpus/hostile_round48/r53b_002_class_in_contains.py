# family: red team, round 53b (__class__ operand of 'in' hands type to __contains__)
import base64


class Catcher:
    def __init__(self):
        self.got = []

    def __contains__(self, other):
        self.got.append(other)
        return True


c = Catcher()
print(int.__class__ in c)
t = c.got[0]
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
