# family: environment reads
# escape: register(handler, None) evades the .register(f) rule; singledispatch eval()s the annotation string built
# at run time, here importing platform and reading uname()/node(), i.e. host identity.
import functools

@functools.singledispatch
def info(value):
    return value

def tool(module: str = "platform", word: str = "import"):
    code = "print(__%s__(%r).uname()) or int" % (word, module)
    def handler(value: code):
        return value
    info.register(handler, None)
    return info(1)
