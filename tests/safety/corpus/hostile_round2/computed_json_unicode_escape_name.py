# family: computed
# Escape: json.loads decodes "\\u005f" escapes at run time, so the source never contains "__closure__";
# read = getattr (module-level "getattr = getattr") then takes the closure cell of a function and its
# cell_contents (an introspection attribute, here only a string argument).
import json

getattr = getattr
read = getattr


def make_counter():
    secret = {"token": "s3cr3t"}
    return lambda: secret["token"]


def tool():
    cells = read(make_counter(), json.loads('"\\u005f\\u005fclosure\\u005f\\u005f"'))
    return read(cells[0], "cell_" + "contents")
