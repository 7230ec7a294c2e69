# family: red team, round 33 (found while fixing: constructive classes through subclasses, module paths and typing)
from collections import Counter


class Spy:
    def __getitem__(self, k):
        return k.copy(int)


Optional = Spy()
print(Optional[Counter])
