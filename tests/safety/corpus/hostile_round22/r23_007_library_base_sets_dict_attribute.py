# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# peers._dict_attribute trusts self.template.get(type(x)) when every store of `template` *the tool writes*
# is a dict display; but the library base string.Template.__init__ stores its constructor argument there.
# Pass an object of the tool whose .get keeps its key: looked up with type(int), it receives `type`.
import string


class Sink:
    def __init__(self):
        self.got = []

    def get(self, key):
        self.got.append(key)
        return None


class Holder(string.Template):
    def reset(self):
        self.template = {}

    def lookup(self, value):
        return self.template.get(type(value))


def entry():
    sink = Sink()
    holder = Holder(sink)
    holder.lookup(int)
    meta = sink.got[0]
    print(meta)
    made = meta("Made", (), {"greeting": "class built at run time"})
    print(made, made.greeting)


entry()
