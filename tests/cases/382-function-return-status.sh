f() { return 3; }
f; echo $?
g() { return; }
g; echo $?
h() { sh -c 'exit 4'; }
h; echo $?
