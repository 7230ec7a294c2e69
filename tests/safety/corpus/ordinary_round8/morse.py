"""Encode and decode International Morse code."""
import string

LETTERS = dict(zip(string.ascii_uppercase, [
    ".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--",
    "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..",
]))
DIGITS = {str(d): ("." * d + "-" * (5 - d)) if d <= 5 else ("-" * (d - 5) + "." * (10 - d)) for d in range(10)}
PUNCTUATION = {".": ".-.-.-", ",": "--..--", "?": "..--..", "!": "-.-.--", "/": "-..-.", "@": ".--.-.", "'": ".----."}
ENCODE = {**LETTERS, **DIGITS, **PUNCTUATION}
DECODE = {v: k for k, v in ENCODE.items()}


class MorseCodec:
    def __init__(self, letter_sep: str = " ", word_sep: str = " / ") -> None:
        self.letter_sep = letter_sep
        self.word_sep = word_sep

    def encode(self, text: str) -> tuple[str, list[str]]:
        skipped: list[str] = []
        words = []
        for word in text.upper().split():
            codes = []
            for ch in word:
                if ch in ENCODE:
                    codes.append(ENCODE[ch])
                else:
                    skipped.append(ch)
            if codes:
                words.append(self.letter_sep.join(codes))
        return self.word_sep.join(words), skipped

    def decode(self, code: str) -> tuple[str, list[str]]:
        unknown: list[str] = []
        words = []
        for word in code.strip().split(self.word_sep.strip()):
            letters = []
            for sym in word.split():
                letters.append(DECODE.get(sym, "?"))
                if sym not in DECODE:
                    unknown.append(sym)
            words.append("".join(letters))
        return " ".join(w for w in words if w), unknown


def morse(text: str, decode: bool = False) -> dict:
    codec = MorseCodec()
    output, problems = codec.decode(text) if decode else codec.encode(text)
    return {"output": output, "problems": problems}


if __name__ == "__main__":
    enc = morse("SOS, help at 10 Downing St!")
    print(enc)
    print(morse(enc["output"], decode=True))
