ulimit -n > /dev/null && echo has-n
(ulimit -n 64; ulimit -n)
(ulimit -c 0; ulimit -c)
