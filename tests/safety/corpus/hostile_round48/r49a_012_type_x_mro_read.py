# family: red team, round 49a (type(x) of a parameter holding a class, used as operand/callee: type_x_mro_read)
import base64


def hook(cls):
    print("hook ran on", cls)


def f(x):
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = type(x).mro(x)
    print(base)


f(int)
