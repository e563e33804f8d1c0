# a comment line
echo a # trailing comment
echo a#b c# '#quoted' "#dq"
	# indented comment
echo done#
