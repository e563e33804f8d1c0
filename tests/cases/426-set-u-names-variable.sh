(set -u; : $nosuchvar) 2>err
grep -c nosuchvar err
