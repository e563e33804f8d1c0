cat <<END; echo after
body
END
