# A remembered command that was removed is not searched for again: dash and bash give 127 (the
# new copy earlier in PATH runs only after `hash -r`). A temporary PATH=... prefix finds the
# command in that PATH, and neither uses nor fills the hash.
mkdir one two tmpbin
PATH="$HOME/one:$HOME/two:$PATH"
printf 'echo two\n' > two/mycmd
chmod +x two/mycmd
mycmd
echo "status=$?"
printf 'echo one\n' > one/mycmd
chmod +x one/mycmd
rm two/mycmd
mycmd 2>/dev/null
echo "status=$?"
hash -r
mycmd
echo "status=$?"
printf 'echo tool\n' > tmpbin/tool
chmod +x tmpbin/tool
PATH="$HOME/tmpbin:$PATH" tool
echo "status=$?"
tool 2>/dev/null
echo "status=$?"
