# In an assignment the word of ${name-word} gets tilde expansion after ':' too (dash, bash).
HOME=/home/bar
x=~:${undef-~:~}
echo "$x"
y=${undef:-a:~}
echo "$y"
echo ${undef-~}
