# family: red team, round 28 (library classes with methods that build from self, handed around)
# getattr(Counter, 'copy')(int): a constant name, but the read off the library class is judged (refused).
from collections import Counter
print(getattr(Counter, "copy")(int))
