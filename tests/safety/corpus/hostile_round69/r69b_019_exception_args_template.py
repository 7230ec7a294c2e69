# family: exceptions' args used as a format template
# result: checker: REFUSED (computed-format-string); escape: no
def helper():
    return 1


u = "_"
try:
    raise ValueError("{0." + u + u + "globals" + u + u + "}")
except ValueError as e:
    (tpl,) = e.args
    print(tpl.format(helper))
