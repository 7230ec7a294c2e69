# family: NFKC identifiers
def tool():
    return ()._＿class＿_
