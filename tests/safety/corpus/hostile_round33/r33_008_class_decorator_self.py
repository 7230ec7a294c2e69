# family: red team, round 33 (objects.py: a class decorator hands the class to a method as self)
def deco(c):
    c.make(c)
    return c


@deco
class Box:
    def make(self):
        meta = type(self)
        print(meta)
        return meta
