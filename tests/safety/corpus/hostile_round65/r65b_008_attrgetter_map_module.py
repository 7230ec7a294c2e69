# family: red team, round 65b (operator.attrgetter("os") mapped over a one-element list holding uuid)
import operator
import uuid

print(list(map(operator.attrgetter("os"), [uuid]))[0])
