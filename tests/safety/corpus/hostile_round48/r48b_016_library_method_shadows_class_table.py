# family: red team, round 48b (a library method run with self stores over a class constant table)
import base64
from difflib import SequenceMatcher


def helper():
    return 1


class Lister:
    a = ("name", "size")

    def load(self, names):
        SequenceMatcher.set_seq1(self, names)

    def show(self, obj):
        for key in self.a:
            print(getattr(obj, key))


def main():
    lister = Lister()
    lister.load([base64.b64decode("X19nbG9iYWxzX18=").decode()])  # run-time "__globals__"
    lister.show(helper)


main()
