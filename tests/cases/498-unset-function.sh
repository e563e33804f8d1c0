f() { echo f; }
unset -f f
command -v f || echo gone
