# family: red team, round 49b (iter(f, T): T is compared with what f returns, whose __eq__ gets the table)
import base64


def f():
    pass


class Probe:
    def __eq__(self, other):
        if isinstance(other, list):
            other[0] = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
        return True


TEMPLATES = ["{0}"]
for _ in iter(Probe, TEMPLATES):
    pass
print(TEMPLATES[0].format(f))
