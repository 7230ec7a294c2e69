# family: red team, round 65b (uuid._uuid private C module reached through the uuid chain)
import uuid

print(uuid._uuid)
