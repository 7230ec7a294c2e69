# family: red team, round 58a (dataclass format field set via dataclasses.replace)
import base64
import dataclasses


@dataclasses.dataclass
class Reader:
    fmt: str = "{0.real}"

    def show(self, x):
        return self.fmt.format(x)


def probe():
    return 1


r = dataclasses.replace(Reader(), fmt=base64.b64decode("ezAuX19nbG9iYWxzX199").decode())
print(r.show(probe))
