# family: combinations
# escape: a class attribute holds the attrgetter class (type() of an attrgetter); instances then read run-time
# dotted names such as "__self__.open" from print, i.e. builtins.open.
import operator

class Reader:
    GET = type(operator.attrgetter("real"))

    def read(self, path, a="self"):
        return self.GET("__" + a + "__.open")(print)(path).read()

def tool(path: str) -> str:
    return Reader().read(path)
