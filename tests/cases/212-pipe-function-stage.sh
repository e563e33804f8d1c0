up() { tr a-z A-Z; }
gen() { echo one; echo two; }
gen | up
echo three | up | up
