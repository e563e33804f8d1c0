export ev=one
sh -c 'echo $ev'
export ev2
ev2=two
sh -c 'echo $ev2'
