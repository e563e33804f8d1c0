echo hello | tr a-z A-Z
printf 'b\na\nc\n' | sort
