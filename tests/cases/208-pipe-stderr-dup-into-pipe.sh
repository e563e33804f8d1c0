{ echo err >&2; } 2>&1 | tr a-z A-Z
sh -c 'echo e2 >&2' 2>&1 | tr e E
