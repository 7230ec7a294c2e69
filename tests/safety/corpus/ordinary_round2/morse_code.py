# ordinary: encode and decode Morse code, with timing units for each message
MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
    ".": ".-.-.-", ",": "--..--", "?": "..--..", "/": "-..-.", "@": ".--.-.",
}
REVERSE = {code: letter for letter, code in MORSE.items()}


def encode(text: str, unknown: str = "skip") -> str:
    words = []
    for word in text.upper().split():
        letters = []
        for ch in word:
            if ch in MORSE:
                letters.append(MORSE[ch])
            elif unknown == "error":
                raise ValueError(f"cannot encode {ch!r}")
        if letters:
            words.append(" ".join(letters))
    return " / ".join(words)


def decode(code: str) -> str:
    words = []
    for word in code.strip().split(" / "):
        words.append("".join(REVERSE.get(symbol, "?") for symbol in word.split()))
    return " ".join(words)


def duration_units(code: str) -> int:
    """Dot=1, dash=3, gap inside letter=1, between letters=3, between words=7."""
    total = 0
    for w_index, word in enumerate(code.split(" / ")):
        if w_index:
            total += 7
        for l_index, letter in enumerate(word.split()):
            if l_index:
                total += 3
            total += sum(1 if s == "." else 3 for s in letter) + (len(letter) - 1)
    return total


if __name__ == "__main__":
    msg = "SOS at 5pm, come quick!"
    code = encode(msg)
    print(code)
    print(decode(code))
    print(f"{duration_units(code)} units = {duration_units(code) * 60 / 1000:.1f}s at 20 wpm")
