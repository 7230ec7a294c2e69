# family: lambda defaults and closure tricks
# escape: nonlocal game: the outer function binds `fetch` to the getattr builtin captured through a comparison
# operand (`getattr in box` calls the tool's __contains__), and the nested function walks run-time attribute names.
class Box:
    def __contains__(self, item):
        self.item = item
        return True

def tool(expr: str, word: str = "self"):
    box, fetch = Box(), None
    def walk(obj, *names):
        nonlocal fetch
        fetch = fetch or box.item
        for name in names:
            obj = fetch(obj, name)
        return obj
    getattr in box
    return walk(print, "__" + word + "__", "eval")(expr)
