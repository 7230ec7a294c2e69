import re

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "inc", "e.g", "i.e", "etc", "vs", "st"}
BOUNDARY = re.compile(r"([.!?]+)(\s+)(?=[A-Z\"'(])")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, respecting common abbreviations."""
    text = " ".join(text.split())
    sentences = []
    start = 0
    for match in BOUNDARY.finditer(text):
        end = match.end(1)
        candidate = text[start:end]
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".!?").lower()
        if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        sentences.append(candidate.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def reading_time(text: str, words_per_minute: int = 200) -> dict:
    words = len(text.split())
    minutes, seconds = divmod(round(words / words_per_minute * 60), 60)
    return {"words": words, "sentences": len(split_sentences(text)), "time": f"{minutes}m{seconds:02d}s"}
