# family: red team, round 52b (singledispatchmethod.register: string annotation reaches dataclasses.builtins)
import dataclasses
import functools

try:

    class Shower:
        @functools.singledispatchmethod
        def show(self, value):
            return "plain"

        @show.register
        def _(self, value: "dataclasses.builtins") -> str:
            return "module"

except TypeError as error:
    print(error)
