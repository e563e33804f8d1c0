set -e
false | true
echo continues
true | false
echo not-reached
