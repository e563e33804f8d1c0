# ref: dash
# With set -e, a compound command whose redirection fails ends the shell as a failed simple
# command does (POSIX; dash and bash); minish used to go on. In a condition (||, if) it does
# not, and inside a function called in a condition it does not either.
me=$(readlink /proc/$$/exe)
"$me" -c 'set -e; { cat; } < /nonexistent/file; echo "group: went on"' 2>/dev/null
echo "group: ended $(( $? != 0 ))"
"$me" -c 'set -e; while read l; do :; done < /nonexistent/file; echo "while: went on"' 2>/dev/null
echo "while: ended $(( $? != 0 ))"
"$me" -c 'set -e; if true; then :; fi > /; echo "if: went on"' 2>/dev/null
echo "if: ended $(( $? != 0 ))"
"$me" -c 'set -e; for i in 1; do :; done < /nonexistent/file; echo "for: went on"' 2>/dev/null
echo "for: ended $(( $? != 0 ))"
"$me" -c 'set -e; case x in x) ;; esac > /; echo "case: went on"' 2>/dev/null
echo "case: ended $(( $? != 0 ))"
"$me" -c 'set -e; { :; } > / || echo "or: went on"; echo "or: still here"' 2>/dev/null
"$me" -c 'set -e; f() { { :; } > /; echo "f: went on"; }; f || echo "f: failed"; echo "f: still here"' 2>/dev/null
{ { :; } > /; } 2>/dev/null
echo "without set -e: failed $(( $? != 0 )), went on"
