sh -c 'echo o; echo e >&2' 2>&1 | sort
