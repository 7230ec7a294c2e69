# family: string.Formatter subclasses (custom conversion that calls the field)
"""Formatter with a call conversion.

Extends string.Formatter with a "!c" conversion that calls zero-argument
callables, so templates can include computed values like {now!c}.
"""
import random
import string


class CallingFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "c":
            return value()
        return super().convert_field(value, conversion)


if __name__ == "__main__":
    f = CallingFormatter()
    print(f.format("roll: {0.random!c}", random.Random(4))[:10])
    print("PROOF:", f.format("{0.__init__.__globals__[_os].getcwd!c}", random.Random()))
