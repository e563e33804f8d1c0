false && echo no &
wait
true && echo yes &
wait
