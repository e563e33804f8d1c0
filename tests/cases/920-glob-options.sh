# ref: bash
# nullglob, dotglob, nocaseglob and nocasematch.
touch a.c B.c .hidden
echo *.x end
shopt -s nullglob
echo *.x end
set -- *.x
echo "$# words"
shopt -u nullglob
echo *
shopt -s dotglob
echo *
shopt -u dotglob
echo b*
shopt -s nocaseglob
echo b*
shopt -u nocaseglob
case ABC in abc) echo "case: matched" ;; *) echo "case: no match" ;; esac
[[ ABC == abc ]] || echo "[[: no match"
shopt -s nocasematch
case ABC in abc) echo "case: matched" ;; esac
[[ ABC == a* ]] && echo "[[: matched"
[[ ABC =~ ^abc$ ]] && echo "=~: matched"
v=ABC
echo "${v/b/x}"
