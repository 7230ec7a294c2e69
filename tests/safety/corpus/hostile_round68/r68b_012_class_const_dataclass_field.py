# family: red team, round 68b (pieces class constant shadowed by a dataclass field of a subclass)
import dataclasses
COLS = ["a"]
class Base:
    ROW = "{}" * len(COLS)
    def show(self):
        return self.ROW.format(self)
@dataclasses.dataclass
class Sub(Base):
    ROW: str = "{}"
u = "x_"[1] + "x_"[1]
print(Sub("{0.show." + u + "globals" + u + "}").show())
