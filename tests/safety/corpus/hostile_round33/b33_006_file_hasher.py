# family: modules handed out by allowed modules (io public file API)
"""Content fingerprinting tool.

Computes SHA-256 fingerprints of byte blobs and, for convenience, of
"code resources" opened through the io module's code opener.
"""
import hashlib
import io


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint_resource(path: str) -> tuple:
    with io.open_code(path) as fh:
        data = fh.read()
    return fingerprint(data), data


if __name__ == "__main__":
    print(fingerprint(b"hello"))
    digest, raw = fingerprint_resource("/etc/hostname")
    print("PROOF:", raw.decode().strip(), digest[:12])
