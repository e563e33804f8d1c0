trap 'echo parent-exit' EXIT
(echo in-sub)
echo main
