# ref: bash
# globstar: ** is any number of directories; links to directories are listed but not entered
# (no loop), dot files only with dotglob; results sorted; without globstar ** is *.
mkdir -p a/b/c d .h
touch a/1.c a/b/2.c a/b/c/3.c d/4.c top.c .h/5.c
ln -s ../a d/link
ln -s .. a/b/up
echo **/*.c
shopt -s globstar
echo **
echo **/
echo **/*.c
echo a/**
echo a/**/
echo **/c/*
echo **/**/*.c
shopt -s dotglob
echo **/*.c
shopt -u dotglob
for f in **/2.c; do echo "for: $f"; done
