printf '%d %d %d %d\n' 0x10 010 "'A" -5
printf '%x\n' 4095
