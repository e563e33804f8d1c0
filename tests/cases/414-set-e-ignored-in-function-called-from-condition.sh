set -e
f() { false; echo inside-f; }
if f; then echo cond-true; fi
f || echo or-branch
echo continues
