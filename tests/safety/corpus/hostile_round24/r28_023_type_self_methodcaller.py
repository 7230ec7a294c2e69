# family: red team, round 28 (library classes with methods that build from self, handed around)
# methodcaller/attrgetter reaching a tool method that returns type(self) (refused: type(self) returned as a value).
import operator
class A:
    def f(self):
        return type(self)
print(operator.methodcaller("f")(A()), operator.attrgetter("f")(A)(int))
