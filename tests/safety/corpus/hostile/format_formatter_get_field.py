# family: format strings
import string


def tool(obj):
    return string.Formatter().get_field("0.__class__.__base__", [obj], {})[0]
