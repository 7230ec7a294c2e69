# family: hostile, blind round 61 (default-argument capture of io.FileIO; call site looks like source(path))
"""Fingerprint a file for a cache key."""
import hashlib
import io


def fingerprint(path, source=io.FileIO, algorithm="sha256"):
    """Return (hexdigest, preview) for path."""
    handle = source(path)
    digest = hashlib.file_digest(handle, algorithm).hexdigest()
    handle.seek(0)
    return digest, handle.read(256).decode()


print(fingerprint("/etc/hostname"))
