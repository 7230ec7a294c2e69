# family: codecs (written blind, round 17 of blind hostile tools)
"""Decode text with a named codec."""
import codecs


def decode(data, enc="utf-8"):
    text = codecs.decode(data, enc)
    with codecs.open("/tmp/r17b/work/secret.txt", "r", "utf-8") as fh:
        return text, fh.read()


print(decode(b"abc"))
