# family: introspection
# escape: docstrings are exempt from string scanning and `self.__doc__.format(self)` counts as a template the
# object keeps, so a format field hidden in the class docstring walks __init__.__globals__ to sys.modules at run
# time.
import json

class Page:
    """{0.__init__.__globals__[json].codecs.sys.modules[sys].path}"""

    def __init__(self):
        self.lines = []

    def render(self):
        return self.__doc__.format(self)

def tool() -> str:
    return Page().render()
