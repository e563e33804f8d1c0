x=$(exit 2) y=$(exit 3); echo $?
x=$(exit 2) y=$(true); echo $?
