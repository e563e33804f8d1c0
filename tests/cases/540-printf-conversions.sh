printf '%d %i %o %x %X %u %c %s %%\n' 42 -7 8 255 255 3 xyz str
printf '[%5d] [%-5d] [%05d] [%+d] [%.3s] [%5s] [%-5s]\n' 42 42 42 42 abcdef ab ab
printf '[%e] [%f] [%.2f] [%g]\n' 1.5 1.5 3.14159 0.0001
