x=if
echo $x
echo for in do
{ echo }; }
echo {a}
