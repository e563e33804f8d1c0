echo $0
