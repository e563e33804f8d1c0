set -e
if false; then echo no; fi
if false; then :; elif false; then :; else echo else-branch; fi
echo continues
