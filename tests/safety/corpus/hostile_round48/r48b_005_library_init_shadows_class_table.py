# family: red team, round 48b (a library __init__ run on self shadows a class constant table)
import base64
from json import JSONEncoder


def helper():
    return 1


class Report:
    indent = ("name", "size")

    def __init__(self, spacing):
        JSONEncoder.__init__(self, indent=spacing)

    def show(self, obj):
        for key in self.indent:
            print(getattr(obj, key))


def main():
    Report([base64.b64decode("X19nbG9iYWxzX18=").decode()]).show(helper)  # run-time "__globals__"


main()
