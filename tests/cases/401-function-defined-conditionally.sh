if true; then
  f() { echo yes-version; }
else
  f() { echo no-version; }
fi
f
