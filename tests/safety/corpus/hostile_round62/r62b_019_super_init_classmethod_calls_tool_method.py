# family: red team, round 62b (super().__init__ in a classmethod runs SequenceMatcher.__init__ on a class, which calls Holder.set_seqs(a, b) with a as self)
from difflib import SequenceMatcher


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Holder:
    def set_seqs(self, box):
        box.append(type(self)(self))


class Matcher(SequenceMatcher):
    @classmethod
    def reinit(cls, target, first, box):
        super().__init__(target, None, first, box)


def main():
    box = []
    Matcher.reinit(Holder, Base, box)
    maker = box[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
