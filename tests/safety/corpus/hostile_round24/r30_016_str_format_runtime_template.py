# family: red team, round 30 (library methods that build from self.__class__, read off classes)
# str.format(t, f) with a run-time template walking __globals__.
# Refused: computed-format-string.
def hook():
    return 1
def entry():
    t = "".join(reversed("}__slabolg__.0{"))
    print(format(hook, "") , str.format(t, hook))
entry()
