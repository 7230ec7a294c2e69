# family: fold mismatch - str() folded as builtin while 'str' is a function parameter
# result: checker: REFUSED (str may not be rebound); escape: no
def f(str, obj):
    return getattr(obj, str("name"))
def g(x):
    return "__class__"
print(f(g, 1))
