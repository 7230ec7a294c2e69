# family: red team, round 48b (a library __init__ run on self shadows a class constant format template)
import base64
from contextlib import nullcontext


def helper():
    return 1


class Greeter:
    enter_result = "hello {0!r}"

    def __init__(self, value):
        nullcontext.__init__(self, value)

    def greet(self, who):
        return self.enter_result.format(who)


def main():
    g = Greeter(base64.b64decode("ezAuX19nbG9iYWxzX199").decode())  # run-time "{0.__globals__}"
    print(g.greet(helper))


main()
