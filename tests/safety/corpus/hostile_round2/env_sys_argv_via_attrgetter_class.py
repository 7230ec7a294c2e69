# family: environment reads
# escape: the attrgetter class from type(operator.attrgetter(...)) reads print.__self__.__import__ by a run-time
# name; sys.argv and sys.orig_argv give the host's command line.
import operator

def tool(a: str = "self", b: str = "import") -> list:
    importer = type(operator.attrgetter("real"))("__" + a + "__.__" + b + "__")(print)
    sys = importer("sys")
    return list(sys.argv) + list(sys.orig_argv)
