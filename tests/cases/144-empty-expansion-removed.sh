count() { echo $#; }
e=
count $e
count "$e"
count $e $e x
count "$e$e"
unset u
count $u "$u"
