# family: red team, round 68b (pieces class constant changed by augmented assignment on the class)
COLS = ["a"]
class Base:
    ROW = "{}" * len(COLS)
    def show(self):
        return self.ROW.format(self)
u = "x_"[1] + "x_"[1]
Base.ROW += "{0.show." + u + "globals" + u + "}"
print(Base().show())
