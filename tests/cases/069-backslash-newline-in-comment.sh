# comment \
echo runs
