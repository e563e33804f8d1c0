echo before
exec echo replaced
echo not-reached
