# family: class machinery
class Lazy:
    def __get__(self, instance, owner):
        return 42


class Holder:
    value = Lazy()


def tool() -> int:
    return Holder().value
