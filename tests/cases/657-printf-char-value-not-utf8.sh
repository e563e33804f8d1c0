# printf's 'c argument gives a UTF-8 character's code point, and for bytes that are not UTF-8
# (overlong forms, stray bytes) the first byte, as dash does.
printf '%x\n' "'$(printf '\316\316')"
printf '%x\n' "'$(printf '\301\201')"
printf '%x\n' "'$(printf '\340\201\201')"
printf '%x\n' "'A"
