cat <<-EOF
	tab one
		tab two
	  tab-space
	EOF
echo after
