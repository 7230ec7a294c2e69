# family: red team, round 48a (str.format template misaligned by a starred unpack)
import base64


class Box:
    def __init__(self):
        self.size = 1


def main():
    decoded = base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX199").decode()
    _, template, _ = *(), "{0.size}", *(decoded, 0)
    print(template.format(Box()))


main()
