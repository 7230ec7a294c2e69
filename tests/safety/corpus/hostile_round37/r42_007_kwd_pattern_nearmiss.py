# family: red team, round 42 (keyword class pattern reads a method off a class subject: near miss)
import base64


class Shape:
    def kind(self):
        return type(self)


def hook(cls):
    print("hook ran on", cls)


def main():
    subject = Shape
    match subject:
        case object(kind=getter):
            meta = getter(int)
            print(meta)
            name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
            base = meta("B", (), {name: classmethod(hook)})
            meta("D", (base,), {})


main()
