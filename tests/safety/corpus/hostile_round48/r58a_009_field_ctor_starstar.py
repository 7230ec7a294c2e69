# family: red team, round 58a (dataclass format field set by ** dict)
import base64
import dataclasses


@dataclasses.dataclass
class Reader:
    fmt: str = "{0.real}"

    def show(self, x):
        return self.fmt.format(x)


def probe():
    return 1


r = Reader(**{'fmt': base64.b64decode("ezAuX19nbG9iYWxzX199").decode()})
print(r.show(probe))
