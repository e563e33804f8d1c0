echo "$(echo "inner $(echo "deep  spaced")")"
