# family: red team, round 33 (found while fixing: constructive classes through subclasses, module paths and typing)
from collections import Counter
from typing import Annotated

print(Annotated[Counter, 0].copy(int))
