# ref: minish
touch f
./f
