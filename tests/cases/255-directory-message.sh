# ref: minish
mkdir d
./d
