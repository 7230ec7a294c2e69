# family: red team, round 49a (type(x) of a parameter holding a class, used as operand/callee: type_x_new_four_args)
import base64


def hook(cls):
    print("hook ran on", cls)


def f(x):
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = type(x).__new__(type(x), "B", (), {name: classmethod(hook)})
    print(base)


f(int)
