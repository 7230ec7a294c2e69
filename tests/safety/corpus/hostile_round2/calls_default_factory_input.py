# family: calls
# Escape: a dataclass field's default_factory is builtins.input, taken as an attribute of the builtins module
# (print.__self__ read through a late-rebound getattr alias; "__SELF__".lower() is never scanned), so every Form() blocks on the terminal.
import dataclasses

pick = getattr


@dataclasses.dataclass
class Form:
    answer: str = dataclasses.field(default_factory=pick(pick(print, "__SELF__".lower()), "input"))


def tool() -> str:
    return Form().answer


getattr = None
