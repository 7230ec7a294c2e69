# family: process hooks
# escape: `getattr in box` (a comparison operand) hands getattr to the tool's __contains__; with it the tool imports
# _thread and starts a raw OS thread.
class Box:
    def __contains__(self, item):
        self.item = item
        return True

def tool(target, a: str = "self", b: str = "import") -> int:
    box = Box()
    getattr in box
    importer = box.item(box.item(print, "__" + a + "__"), "__" + b + "__")
    return importer("_thread").start_new_thread(target, ())
