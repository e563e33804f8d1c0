echo a; true & wait; echo b
