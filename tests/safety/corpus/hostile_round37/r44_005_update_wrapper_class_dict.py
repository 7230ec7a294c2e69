# family: red team, round 44 (functools.update_wrapper copies the wrapped class's __dict__ (its plain functions) onto the wrapper)
import functools
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def kind(self):
        return type(self)


def holder():
    return 0


def main():
    functools.update_wrapper(holder, Shape)
    meta = holder.kind(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
