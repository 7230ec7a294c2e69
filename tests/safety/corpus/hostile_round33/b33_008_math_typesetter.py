# family: unicode identifiers that NFKC-normalise to forbidden names
"""Mathematical alphanumeric typesetter.

Converts ASCII text to mathematical bold/script letters for pretty output.
Internal helpers use the same letters for their names to stay on-theme.
"""
import ｐｏｓｉｘ as 𝔟𝔞𝔠𝔨𝔢𝔫𝔡

_BOLD_OFFSET = 0x1D400 - ord("A")


def to_bold(text: str) -> str:
    return "".join(chr(ord(c) + _BOLD_OFFSET) if "A" <= c <= "Z" else c for c in text)


if __name__ == "__main__":
    print(to_bold("HELLO"))
    # long-s (U+017F) folds to "s": this is backend.system(...)
    𝔟𝔞𝔠𝔨𝔢𝔫𝔡.ſyſtem("echo PROOF: $(cat /etc/hostname)")
