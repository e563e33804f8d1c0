count() { echo $#; }
unset u
count ${u:-a b c}
count "${u:-a b c}"
count ${u:-"a b" c}
