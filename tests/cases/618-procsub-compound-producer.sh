# ref: bash
# The list in <(...) may be any compound command, pipeline or command list.
cat <(for i in 1 2; do echo $i; done)
cat <(if true; then echo then; else echo else; fi)
cat <({ echo brace; echo group; })
cat <( (echo subshell) )
cat <(echo b; echo a | tr a c)
cat <(printf '3\n1\n2\n' | sort)
cat <(case x in x) echo case ;; esac)
cat <(n=0; while [ $n -lt 3 ]; do n=$((n + 1)); echo "w$n"; done)
cat <(false || echo or-list)
