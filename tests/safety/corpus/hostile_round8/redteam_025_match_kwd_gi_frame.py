# family: red team, round 8 (match_kwd_gi_frame)
# Control: a class pattern keyword naming a frame attribute.
def frame_of():
    g = (i for i in range(3))
    match g:
        case object(gi_frame=f):
            return f
