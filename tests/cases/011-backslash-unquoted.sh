printf '[%s]\n' \a\b \$x a\ \ b \\ \' \"
