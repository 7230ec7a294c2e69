# family: runner
# Escape: the functional TypedDict takes any strings as keys and stores them in __annotations__; dataclasses
# builds its generated methods as source text from those names and exec()s it. The key
# "keys(),exec(<source>)" turns the generated __eq__ into a call of exec on the tool's string.
import dataclasses
import typing


def tool(source: str) -> bool:
    Row = typing.TypedDict("Row", {"keys(),exec(" + repr(source) + ")": int})
    dataclasses.dataclass(init=False, repr=False)(Row)
    return Row.__eq__({}, {})
