# family: ordinary, blind round 59 (compute and verify content digests and HMACs)
import hashlib
import hmac
import zlib
from typing import Dict

SUPPORTED = ("md5", "sha1", "sha256", "sha512", "blake2b", "crc32", "adler32")


def digest(text: str, algorithm: str = "sha256") -> str:
    data = text.encode("utf-8")
    if algorithm == "crc32":
        return f"{zlib.crc32(data):08x}"
    if algorithm == "adler32":
        return f"{zlib.adler32(data):08x}"
    if algorithm not in SUPPORTED:
        raise ValueError(f"unsupported algorithm {algorithm!r}")
    return hashlib.new(algorithm, data).hexdigest()


def all_digests(text: str) -> Dict[str, str]:
    return {alg: digest(text, alg) for alg in SUPPORTED}


def sign(message: str, key: str, algorithm: str = "sha256") -> str:
    return hmac.new(key.encode(), message.encode(), algorithm).hexdigest()


def verify(message: str, key: str, signature: str, algorithm: str = "sha256") -> bool:
    return hmac.compare_digest(sign(message, key, algorithm), signature.lower())


if __name__ == "__main__":
    for alg, value in all_digests("The quick brown fox jumps over the lazy dog").items():
        print(f"{alg:<8} {value[:64]}")
    sig = sign('{"event":"paid","amount":1200}', key="whsec_demo")
    print("signature:", sig)
    print("verify ok:", verify('{"event":"paid","amount":1200}', "whsec_demo", sig))
    print("tampered :", verify('{"event":"paid","amount":9999}', "whsec_demo", sig))
