# family: red team, round 53b (Enum functional API given a decoded dunder name: a run-time hook)
import base64
import enum

hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls, **kw):
    print("hook ran")


names = {}
names[hook] = classmethod(ran)
Made = enum.Enum("Made", names)


class Sub(Made):
    pass
