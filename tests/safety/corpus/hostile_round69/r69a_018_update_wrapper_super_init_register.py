# family: dataclass __init__ carries a run-time string annotation; update_wrapper copies it onto a def via super().__init__; registering the def evals it with real builtins
# checker: refused (exit 1); escape: no
import dataclasses
import functools

ANN = "".join(chr(c) for c in [95, 95, 105, 109, 112, 111, 114, 116, 95, 95, 40, 39, 111, 115, 39, 41, 46, 101, 110, 118, 105, 114, 111, 110, 91, 39, 72, 79, 77, 69, 39, 93])


@dataclasses.dataclass
class DC:
    x: ANN


class Sub(DC):
    def grab(self, sd):
        def wrapper(x):
            return x

        functools.update_wrapper(wrapper, super().__init__)
        try:
            sd.register(wrapper)
        except TypeError as error:
            print(error)


sd = functools.singledispatch(print)
Sub(1).grab(sd)
