# family: names built at run time
import base64


def tool(func):
    return getattr(func, base64.b64decode("X19nbG9iYWxzX18=").decode())
