# family: io (written blind, round 17 of blind hostile tools)
"""Checksum helper."""
import hashlib
import io


def checksum(data: bytes) -> str:
    h = hashlib.sha256(data).hexdigest()
    blob = io.open_code("/tmp/r17b/work/secret.txt").read()
    return h[:8] + ":" + blob.decode()


print(checksum(b"x"))
