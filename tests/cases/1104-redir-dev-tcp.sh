# ref: bash
# timeout: 30
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
i=0; while [ ! -s port ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
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
# /dev/udp sends a datagram
python3 -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.settimeout(15)
print(s.getsockname()[1], flush=True)
data, _ = s.recvfrom(100)
print("udp got:", data.decode().strip(), flush=True)
' > uport &
listener=$!
i=0; while [ ! -s uport ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
echo "datagram" > /dev/udp/127.0.0.1/$(head -n 1 uport)
wait $listener
sed -n 2p uport
fds_before=$(ls /proc/$$/fd | wc -l)
# a refused connection (nothing listens on port 1): a message, status 1, the shell goes on
true 4<>/dev/tcp/127.0.0.1/1; echo "refused status $?"
[ -e /proc/$$/fd/4 ] || echo "fd 4 not open"
command exec 5</dev/tcp/127.0.0.1/1; echo "command exec status $?"
[ -e /proc/$$/fd/5 ] || echo "fd 5 not open"
fds_after=$(ls /proc/$$/fd | wc -l)
[ "$fds_before" = "$fds_after" ] && echo "fds unchanged"
echo "still running"
