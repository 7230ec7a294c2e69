# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# Alias F = Fraction, F.__reduce__(int) would return (self.__class__, ...).
# Refused: __reduce__ is a closed dunder attribute.
from fractions import Fraction
def entry():
    F = Fraction
    print(F.__reduce__(int))
entry()
