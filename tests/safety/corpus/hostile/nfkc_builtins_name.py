# family: NFKC identifiers
def tool():
    return __ｂｕｉｌｔｉｎｓ__
