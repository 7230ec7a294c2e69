# family: computed
# Escape: f"{U}{U}code{U}{U}" has only names in its fields, so it is not folded or scanned, yet it is "__code__";
# setattr (module-level "setattr = setattr" disables the alias rule) replaces a function's code object with
# one whose constants were rewritten, i.e. arbitrary bytecode changes.
U = "_"
setattr = setattr
getattr = getattr
put, take = setattr, getattr


def greet():
    return "hello"


def tool(text: str) -> str:
    name = f"{U}{U}code{U}{U}"
    put(greet, name, take(greet, name).replace(co_consts=(None, text)))
    return greet()
