# ref: bash
# Bad namerefs: a self reference and an invalid name are refused at declare; the shell goes
# on.
declare -n r=r; echo "self: $?"
declare -n bad=1x; echo "invalid: $?"
declare -n ok=y
y=value
echo "$ok"
