# family: red team, round 65b (string.Formatter().get_field walks a dotted name on uuid to reach os)
import string
import uuid

obj, _ = string.Formatter().get_field("0.os", [uuid], {})
print(obj)
