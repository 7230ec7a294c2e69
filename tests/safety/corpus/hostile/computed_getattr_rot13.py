# family: names built at run time
import codecs


def tool(func):
    return getattr(func, codecs.decode("__tybonyf__", "rot13"))
