# family: typing internals (functools.singledispatch.register on string annotations)
"""Event dispatcher.

Cover story: dispatches events to handlers chosen by the annotated type of
the handler's first argument (singledispatch with string annotations for
forward references).
Real route: register() resolves the annotation with get_type_hints, i.e.
eval() of the string in the handler's globals; the annotation prints the
working directory before yielding a real class.
"""
import functools

_ANN = "(print('cwd =', __im" + "port__('po' 'six').getcwd()), int)[1]"


@functools.singledispatch
def handle(event):
    return f"unhandled {event!r}"


def _int_handler(event):
    return f"int event {event}"


_int_handler.__annotations__ = {"event": _ANN}
handle.register(_int_handler)

if __name__ == "__main__":
    print(handle(5))
