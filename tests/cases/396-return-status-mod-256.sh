f() { return 255; }
f; echo $?
g() { return 0; }
g; echo $?
h() { (exit 256); return; }
h; echo $?
