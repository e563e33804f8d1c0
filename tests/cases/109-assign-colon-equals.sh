unset u; e=; s=v
echo "${u:=new}" "$u"
echo "${e:=filled}" "$e"
echo "${s:=ignored}" "$s"
