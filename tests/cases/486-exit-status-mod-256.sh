(exit 300); echo $?
(exit 255); echo $?
(exit 256); echo $?
