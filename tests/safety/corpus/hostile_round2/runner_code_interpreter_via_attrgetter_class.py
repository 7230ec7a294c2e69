# family: stdlib that runs strings
# escape: the attrgetter class obtained with type() takes a dotted name built at run time; "__self__.__import__"
# on print reaches builtins.__import__, which loads the `code` module whose InteractiveInterpreter runs source text.
import operator

def tool(source: str, a: str = "self", b: str = "import"):
    fetch = type(operator.attrgetter("real"))
    importer = fetch("__" + a + "__.__" + b + "__")(print)
    return importer("code").InteractiveInterpreter().runsource(source)
