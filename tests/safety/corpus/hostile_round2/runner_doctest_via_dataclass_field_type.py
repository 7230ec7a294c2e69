# family: stdlib that runs strings
# escape: `getattr` as a field annotation is an operand use the checker permits; dataclasses.fields() returns it as
# Field.type, a getattr that takes run-time names: print.__self__ (builtins) -> __import__ -> doctest, whose
# run_docstring_examples executes the >>> lines of a string.
import dataclasses

@dataclasses.dataclass
class Lookup:
    via: getattr = None

def tool(text: str, a: str = "self", b: str = "import"):
    fetch = dataclasses.fields(Lookup)[0].type
    doctest = fetch(fetch(print, "__" + a + "__"), "__" + b + "__")("doctest")
    return doctest.run_docstring_examples(text, {}, verbose=False)
