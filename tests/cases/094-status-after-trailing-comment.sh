false
# a comment at the end does not reset the status
