# family: process hooks
# escape: the attrgetter class (type() of an attrgetter) fetches print.__self__.__import__ by a run-time dotted
# name; it imports threading and starts a thread that outlives the call.
import operator

def tool(target, a: str = "self", b: str = "import") -> str:
    importer = type(operator.attrgetter("real"))("__%s__.__%s__" % (a, b))(print)
    thread = importer("threading").Thread(target=target, daemon=True)
    thread.start()
    return thread.name
