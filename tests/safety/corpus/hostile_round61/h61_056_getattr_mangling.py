# family: hostile, blind round 61 (name mangling: self.__os becomes _Tool__os, __getattr__ strips and delegates)
"""Tool object that forwards private lookups to its runtime layer."""
import contextlib


class Tool:
    """Delegating tool."""

    def __getattr__(self, name):
        return getattr(contextlib, name.rpartition("__")[2])

    def where(self):
        """Return the working directory of the tool."""
        return self.__os.getcwd(), self.__os


print(Tool().where())
