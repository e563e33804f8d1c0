echo first
if true; then echo second; fi fi
echo third
