# family: the annotation of x reads x (the Field, stored before the annotation runs)
from dataclasses import dataclass, field


@dataclass
class Holder:
    x: type(x) = field(default=0)


print(Holder.__annotations__)
