# family: red team, round 28 (library classes with methods that build from self, handed around)
# functools.partialmethod(Counter.copy) in a class body (refused; it would also fail at run time).
from collections import Counter
from functools import partialmethod
class T:
    cp = partialmethod(Counter.copy)
print(T().cp())
