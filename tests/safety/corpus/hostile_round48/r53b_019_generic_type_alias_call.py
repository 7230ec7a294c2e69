# family: red team, round 53b (type[int] outside an annotation, called: type(int))
import base64

alias = type[int]
t = alias(int)
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
