# family: red team, round 68b (pieces class constant overridden by a property in a subclass)
COLS = ["a"]
class Base:
    ROW = "{}" * len(COLS)
    def show(self):
        return self.ROW.format(self)
class Sub(Base):
    @property
    def ROW(self):
        u = "x_"[1] + "x_"[1]
        return "{0.show." + u + "globals" + u + "}"
print(Sub().show())
