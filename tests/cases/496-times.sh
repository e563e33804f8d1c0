times > t
wc -l < t
