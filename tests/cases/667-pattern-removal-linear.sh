# ref: minish
# Prefix and suffix removal on a 2 MB value is linear in practice: a suffix is matched as the
# reversed pattern's prefix of the reversed value in one pass (trying each suffix in turn took
# minutes here; dash takes minutes for ${x#*b}, bash for most of these); a replacement with no
# match anywhere is found in one pass.
x=$(printf '%2000000s' '' | tr ' ' a)
for y in "${x%%b*}" "${x%b*}" "${x##b*}" "${x#b*}" "${x#*b}" "${x##*b}" "${x%*b}" "${x%%*b}" \
         "${x%*b*}" "${x%%*b*}" "${x%%*b?}" "${x/%*b/R}" "${x/*b/R}" \
         "${x//*b/R}"; do
    printf '%s ' ${#y}
done
echo
y=${x%%a*}; echo "longest suffix a*: ${#y}"
y=${x%a*}; echo "shortest suffix a*: ${#y}"
y=${x%%?a}; echo "fixed suffix ?a: ${#y}"
y=${x#*a}; echo "shortest prefix *a: ${#y}"
