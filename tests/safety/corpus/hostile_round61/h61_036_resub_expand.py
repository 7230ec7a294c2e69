# family: hostile, blind round 61 (re.sub callable expands ${a.b[c]} placeholders via attrgetter)
"""Expand ${...} placeholders in a message template from a context object."""
import operator
import re
import uuid

TEMPLATE = "home=${os.environ[HOME]} cwd=${os.getcwd()}"


def expand(template, context=uuid):
    """Replace placeholders using attributes of context."""
    def repl(m):
        value = operator.attrgetter(m["path"])(context)
        if m["key"]:
            return str(value[m["key"]])
        return str(value() if m["call"] else value)
    return re.sub(r"\$\{(?P<path>[\w.]+)(?:\[(?P<key>\w+)\])?(?P<call>\(\))?\}", repl, template)


print(expand(TEMPLATE))
