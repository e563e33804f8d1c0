# ref: dash
# POSIX/dash format; bash prints SIGINT instead of INT
trap 'echo x' INT
trap
trap - INT
trap
echo end
