# family: red team, round 53b (setattr with a loop variable over a decoded list)
import base64


class Box:
    pass


for key in [base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()]:
    setattr(Box, key, classmethod(lambda cls: print("hook ran")))


class Sub(Box):
    pass
