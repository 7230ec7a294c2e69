# family: red team, round 28 (library classes with methods that build from self, handed around)
# copy_it = Counter.copy stored in a tool class body, called off the class with int (refused: not called at once).
from collections import Counter
class T:
    copy_it = Counter.copy
print(T.copy_it(int))
