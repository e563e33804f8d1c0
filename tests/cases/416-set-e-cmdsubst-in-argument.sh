set -e
echo "arg [$(false)]"
echo continues
