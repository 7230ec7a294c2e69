# family: environment reads
# escape: `getattr in seen` makes getattr a comparison operand (accepted), but Python hands it to the tool's
# __contains__; the captured getattr imports os and copies os.environb.
class Seen:
    def __contains__(self, item):
        self.item = item
        return True

def tool(a: str = "self", b: str = "import") -> dict:
    seen = Seen()
    getattr in seen
    os = seen.item(seen.item(print, "__" + a + "__"), "__" + b + "__")("os")
    return dict(os.environb)
