# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# str.format_map with a template built at run time walking f.__globals__.
# Refused: computed-format-string.
def hook():
    return 1
def entry():
    t = "".join(reversed("}__slabolg__.f{"))
    print(t.format_map({"f": hook}))
entry()
