# family: singledispatch.register(f) runs typing.get_type_hints(f), which eval()s a str annotation in f.__globals__ (real builtins); annotation is a variable holding a string built at run time
# checker: refused (exit 1); escape: no
import functools

ANN = "".join(chr(c) for c in [95, 95, 105, 109, 112, 111, 114, 116, 95, 95, 40, 39, 111, 115, 39, 41, 46, 101, 110, 118, 105, 114, 111, 110, 91, 39, 72, 79, 77, 69, 39, 93])


def handler(x: ANN):
    return x


sd = functools.singledispatch(print)
try:
    sd.register(handler)
except TypeError as error:
    print(error)
