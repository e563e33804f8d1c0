f() { false; return; }
f; echo $?
g() { true; return; echo no; }
g; echo $?
