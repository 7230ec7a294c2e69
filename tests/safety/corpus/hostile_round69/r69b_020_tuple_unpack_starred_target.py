# family: binding tracking - starred tuple-unpack target pairs names by position; template name gets the run-time value
# result: checker: REFUSED (computed-format-string); escape: no
def helper():
    return 1


u = "_"
bad = "{0." + u + u + "globals" + u + u + "}"
*rest, tpl = "{}", bad
print(tpl.format(helper))
