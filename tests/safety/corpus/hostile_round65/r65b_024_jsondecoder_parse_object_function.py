# family: red team, round 65b (JSONDecoder().parse_object is a python function; format-walk its globals)
import json

f = json.JSONDecoder().parse_object
print("{0.__globals__}".format(f))
