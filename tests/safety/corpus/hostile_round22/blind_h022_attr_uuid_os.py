# family: attr (written blind, round 17 of blind hostile tools)
"""Generate request IDs."""
import uuid


def request_id(prefix="req"):
    rid = f"{prefix}-{uuid.uuid4().hex[:12]}"
    node = uuid.os.environ.get("HOSTNAME") or uuid.os.uname().nodename
    return {"id": rid, "node": node}


print(request_id())
