# family: process
# Escape: functional TypedDict keys are arbitrary strings; with order=True dataclasses generates __lt__ as source
# text from them and exec()s it in the tool's globals. The key makes `<` run code that installs a SIGTERM
# handler through the signal module.
import dataclasses
import typing


def tool() -> bool:
    Row = typing.TypedDict("Row", {"keys(),exec('import signal; signal.signal(15, print)')": int})
    dataclasses.dataclass(init=False, repr=False, order=True)(Row)
    return Row.__lt__({}, {})
