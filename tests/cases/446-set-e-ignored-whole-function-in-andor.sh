set -e
f() { false; echo cont; }
f && echo and-ok
echo end
