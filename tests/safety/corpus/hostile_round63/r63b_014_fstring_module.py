# family: red team, round 63b (module shown by an f-string as an operand)
import uuid
print(f"{uuid}")
