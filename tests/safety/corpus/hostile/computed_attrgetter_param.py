# family: names built at run time
import operator


def tool(obj, path: str):
    return operator.attrgetter(path)(obj)
