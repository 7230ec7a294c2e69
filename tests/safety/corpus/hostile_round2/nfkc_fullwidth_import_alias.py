# family: NFKC identifiers
# escape: `from ｏｐｅｒａｔｏｒ import attrgetter` is `from operator import ...` to Python; the alias's class then reads
# print.__self__.eval. (Expected to be caught by the nfkc-identifier rule.)
from ｏｐｅｒａｔｏｒ import attrgetter

def tool(expr: str, a: str = "self"):
    return type(attrgetter("real"))("__" + a + "__.eval")(print)(expr)
