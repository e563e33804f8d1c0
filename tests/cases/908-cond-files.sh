# ref: bash
# [[ ]] file tests: the operators of test, plus -nt -ot -ef and -N.
mkdir d
echo data > f
: > empty
ln -s f link
ln -s nowhere dangling
mkfifo fifo
chmod 644 f
chmod 755 d
[[ -e f && -f f && ! -d f ]] && echo "f is a file"
[[ -d d && ! -f d ]] && echo "d is a directory"
[[ -s f && ! -s empty ]] && echo "-s: size"
[[ -L link && -h link && -f link ]] && echo "link to a file"
[[ -L dangling && ! -e dangling ]] && echo "dangling link"
[[ -p fifo ]] && echo "fifo"
[[ -r f && -w f ]] && echo "readable and writable"
[[ -x d && ! -x f ]] && echo "-x"
[[ -O f && -G f ]] && echo "owned"
[[ -a f ]] && echo "-a exists"
[[ -c /dev/null && ! -b /dev/null ]] && echo "character device"
[[ -u f || -g f || -k f ]] || echo "no special bits"
chmod +t d
[[ -k d ]] && echo "sticky"
[[ -S f ]] || echo "not a socket"
[[ -t 5 ]] || echo "fd 5 is no terminal"
touch -d '2001-01-01' old
touch -d '2002-01-01' new
[[ new -nt old && old -ot new ]] && echo "-nt -ot"
[[ new -nt nosuch && nosuch -ot new ]] && echo "a missing file is older"
[[ f -ef link ]] && echo "-ef through a link"
[[ f -ef empty ]] || echo "different files"
touch -a -d '2000-01-01' f
[[ -N f ]] && echo "-N: modified since read"
[[ -e '' ]] || echo "empty name"
