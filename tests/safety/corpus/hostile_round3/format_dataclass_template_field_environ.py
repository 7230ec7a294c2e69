# family: format
# Escape: self.template.format(...) is trusted because `template` is a string constant in a class body and no
# code stores an attribute of that name; but the dataclass' generated __init__ stores it, from the
# constructor argument, which the tool builds at run time: the template walks to os.environ.
import dataclasses
import random


@dataclasses.dataclass
class Row:
    template: str = "{0}"

    def show(self, value) -> str:
        return self.template.format(value)


def tool() -> str:
    edge = "_" * 2
    return Row("{0." + edge + "globals" + edge + "[_os].environ}").show(random.seed)
