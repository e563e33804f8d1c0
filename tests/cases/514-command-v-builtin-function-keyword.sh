f() { :; }
command -v echo
command -v cd
command -v f
command -v if
