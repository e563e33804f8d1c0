# ref: bash
cat <<< abc | od -An -c | tr -s ' '
tr a-z A-Z <<< "$(printf 'x\ny')"
