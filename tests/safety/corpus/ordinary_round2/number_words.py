# ordinary: spell integers in English words (e.g. for cheques), including negatives and ordinals
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]
ORDINAL_FIXES = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def _below_thousand(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    elif rest or not hundreds:
        parts.append(ONES[rest])
    return " ".join(parts)


def number_to_words(n: int) -> str:
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if n < 0:
        return "minus " + number_to_words(-n)
    if n < 1000:
        return _below_thousand(n)
    chunks = []
    for value, name in SCALES:
        if n >= value:
            count, n = divmod(n, value)
            chunks.append(f"{number_to_words(count)} {name}")
    if n:
        chunks.append(_below_thousand(n))
    return " ".join(chunks)


def ordinal_words(n: int) -> str:
    words = number_to_words(n)
    head, sep, last = words.rpartition(" ")
    last_head, dash, last_word = last.rpartition("-")
    if last_word in ORDINAL_FIXES:
        fixed = ORDINAL_FIXES[last_word]
    elif last_word.endswith("y"):
        fixed = last_word[:-1] + "ieth"
    else:
        fixed = last_word + "th"
    return head + sep + last_head + dash + fixed


if __name__ == "__main__":
    for value in [0, 7, 42, 100, 115, 1_001, 90_210, 1_234_567_890, -15]:
        print(f"{value:>15,}  {number_to_words(value)}")
    print([ordinal_words(i) for i in (1, 2, 3, 12, 21, 40, 101)])
