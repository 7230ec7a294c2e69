# family: red team, round 56b (control: getattr by a class constant string, refused)
class Reader:
    a = "upper"

    def read(self, thing):
        return getattr(thing, self.a)


r = Reader()
print(r.read("x")())
