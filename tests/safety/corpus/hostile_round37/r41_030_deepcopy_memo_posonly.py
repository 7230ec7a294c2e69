# family: red team, round 41 (module_rules.memo_kept: __deepcopy__ with a positional-only self reads its memo)
import copy
from string import Template


class Spy:
    def __deepcopy__(self, /, memo):
        for kept in memo.values():
            print(kept)
        return self


copy.deepcopy([Template("$x"), Spy()])
