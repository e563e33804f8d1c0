echo a!b !x
