# family: red team, round 53a (a registered function's string annotation spelled with fullwidth underscores: NFKC makes it __builtins__)
import functools


@functools.singledispatch
def show(value):
    return "plain"


def main():
    try:

        @show.register
        def _(value: "＿＿builtins＿＿"):
            return "odd"

    except TypeError as exc:
        print(exc)


main()
