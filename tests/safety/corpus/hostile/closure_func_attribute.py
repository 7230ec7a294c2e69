# family: lambda defaults and closure tricks
def tool():
    bound = [].append
    return bound.__self__, (lambda: None).__func__
