count() { echo $#; }
count '' "" a
count ''''
count
