f() { echo brace; }
g() ( echo paren )
h() if true; then echo ifbody; fi
k()
{
  echo nextline
}
f; g; h; k
