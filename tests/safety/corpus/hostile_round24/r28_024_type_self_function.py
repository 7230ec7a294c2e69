# family: red team, round 28 (library classes with methods that build from self, handed around)
# Module-level function returning type(self) of a parameter named self (refused).
def f(self):
    return type(self)
print(f(int))
