# ref: bash
# timeout: 20
# /dev/tcp/HOST/PORT connects a socket (bash). A listener started here (python3) on 127.0.0.1
# accepts one connection, answers a line and echoes back the line it reads.
python3 -c '
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
s.settimeout(15)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
c.sendall(b"hello from the listener\n")
f = c.makefile("rb")
line = f.readline()
c.sendall(b"you said: " + line)
c.close()
' > port &
listener=$!
for i in 1 2 3 4 5 6 7 8 9 10; do [ -s port ] && break; sleep 0.2; done
port=$(cat port)
exec 3<>/dev/tcp/127.0.0.1/$port
read -r greeting <&3
echo "$greeting"
echo "ping" >&3
read -r reply <&3
echo "$reply"
exec 3<&-
wait $listener
echo "listener status $?"
# a refused connection (nothing listens on port 1): a message, status 1, the shell goes on
true 4<>/dev/tcp/127.0.0.1/1; echo "refused status $?"
[ -e /proc/$$/fd/4 ] || echo "fd 4 not open"
command exec 5</dev/tcp/127.0.0.1/1; echo "command exec status $?"
[ -e /proc/$$/fd/5 ] || echo "fd 5 not open"
echo "still running"
