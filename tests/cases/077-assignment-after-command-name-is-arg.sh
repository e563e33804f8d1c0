echo x=1
x=2 echo y=3
echo ${x-unset}
