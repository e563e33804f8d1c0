case ~ in "$HOME") echo matches-home;; esac
cd && case $PWD in "$HOME") echo cd-home;; esac
