# ref: bash
# In a function body, as arguments of a function, and with a function as the producer.
f() { cat <(echo "in $1"); }
f one
g() { diff "$1" "$2" > /dev/null && echo same || echo differ; }
g <(echo a) <(echo a)
g <(echo a) <(echo b)
p() { echo "from $1"; }
cat <(p producer)
h() { local a=$1 b=$2; paste "$a" "$b"; }
h <(seq 2) <(seq 3 4)
