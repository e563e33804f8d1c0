# ref: bash
# After ${x// a / begins the pattern (a pattern is never empty there): ${x////c} replaces
# every slash, ${x///} removes them. Not after ${x/# or ${x/%, where the / ends an empty
# pattern.
x='/usr/local/bin'
echo "${x////c}" ${x///} "${x////\\/}" "${x//'/'/-}" "${x//\//+}"
echo "${x/#//c}" "${x/%//c}" "${x///usr/U}"
f() { echo "${x////:}"; }
f
eval "$(type f | sed -e 1d -e 's/^f /g /')"  # printed back, it reads the same
g
