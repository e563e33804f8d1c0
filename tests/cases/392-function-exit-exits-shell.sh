f() { echo in-f; exit 6; echo no; }
f
echo not-reached
