# family: red team, round 68b (class constant template replaced by a NamedTuple field of the same name)
import typing
class Row(typing.NamedTuple):
    ROW: str = "{}" * 1
    def show(self):
        return self.ROW.format(self)
u = "x_"[1] + "x_"[1]
print(Row("{0.show." + u + "globals" + u + "}").show())
