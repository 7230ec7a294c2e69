# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# Alias F = Fraction (not 'constructive'), then F.__copy__(int) would run int.__class__(int).
# Refused: __copy__ may only be read on self. (At run time it fails anyway: Fraction.__copy__ reads _numerator.)
from fractions import Fraction
def entry():
    F = Fraction
    print(F.__copy__(int))
entry()
