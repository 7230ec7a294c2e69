# family: red team, round 53a (a registered annotation subscripts a tool StrEnum: typing takes the str member as a forward reference and evaluates it)
import enum
import functools


class Code(enum.StrEnum):
    RUN = "print(open('/etc/hostname').read())"


@functools.singledispatch
def show(value):
    return "plain"


def main():
    try:

        @show.register
        def _(value: "Code['RUN']"):
            return "odd"

    except TypeError as exc:
        print("refused at run time:", exc)


main()
