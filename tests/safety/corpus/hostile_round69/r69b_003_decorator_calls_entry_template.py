# family: format template from an "entry" parameter; a decorator calls the function with a run-time template
# result: checker: REFUSED (computed-format-string: decorated fn params are not entry params); escape: no
def helper():
    return 1


def run(f):
    u = "_"
    print(f("{0." + u * 2 + "globals" + u * 2 + "}", helper))
    return f


@run
def fmt(template, value):
    return template.format(value)
