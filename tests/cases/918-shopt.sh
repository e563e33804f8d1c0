# ref: bash
# shopt: -s -u -p -q -o and names; unknown names are errors (status 1).
shopt -p extglob nullglob failglob dotglob globstar nocaseglob nocasematch
shopt -p xpg_echo lastpipe inherit_errexit checkwinsize histappend cmdhist
shopt -p globasciiranges huponexit
shopt -s extglob nullglob
shopt extglob nullglob dotglob
echo "status $?"
shopt -q extglob && echo "extglob is on"
shopt -q dotglob || echo "dotglob is off"
shopt -u extglob nullglob
shopt -q extglob nullglob || echo "both off"
shopt nosuchoption
echo "unknown: $?"
shopt -s nosuchoption
echo "unknown -s: $?"
shopt -s -u extglob
echo "both -s and -u: $?"
shopt -o errexit
shopt -p -o errexit
shopt -o -s errexit
shopt -q -o errexit && echo "errexit on"
set +e
shopt -s xpg_echo
echo 'a\tb'
echo -E 'a\tb'
shopt -u xpg_echo
echo 'a\tb'
