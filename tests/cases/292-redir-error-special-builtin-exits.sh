# ref: dash
# POSIX 2.8.1: a redirection error on a special builtin exits a non-interactive shell
# (dash exits 2; bash does so only in posix mode)
echo before
: > /nonexistent/dir/f
echo not-reached
