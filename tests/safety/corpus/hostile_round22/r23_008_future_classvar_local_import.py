# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# With `from __future__ import annotations`, dataclasses decides whether "ClassVar[...]" is a ClassVar by
# looking the name up in the class's *module globals*; the checker (class_constants._class_var) resolves it
# where the class stands. A function-local `from typing import ClassVar` makes FIELDS a "class constant" to
# the checker but an ordinary init field to dataclasses: Reader((run_time_name,)) sets self.FIELDS.
from __future__ import annotations

import dataclasses


def handler():
    return 1


def run():
    from typing import ClassVar

    @dataclasses.dataclass
    class Reader:
        FIELDS: ClassVar[tuple] = ("name",)

        def fetch(self, fn):
            out = []
            for key in self.FIELDS:
                out.append(getattr(fn, key))
            return out

    dunder = bytes([95, 95]).decode()
    reader = Reader((dunder + "globals" + dunder,))
    found = reader.fetch(handler)[0]
    print(sorted(found.keys()))
    opener = found[dunder + "builtins" + dunder].open
    with opener("/tmp/r23/work/secret.txt") as fh:
        print(fh.read())


run()
