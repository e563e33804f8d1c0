# ref: minish
echo before
)
echo after
