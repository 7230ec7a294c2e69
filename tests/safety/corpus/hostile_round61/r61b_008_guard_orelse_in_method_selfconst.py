# family: red team, round 61b (guard on class-constant tuple self.ALLOWED, else branch rebinds key)
import random


class Reader:
    ALLOWED = ("seed", "random")

    def read(self, key):
        if key not in self.ALLOWED:
            raise ValueError(key)
        else:
            key = "_o" + "s"
        return getattr(random, key)


print(Reader().read("seed"))
