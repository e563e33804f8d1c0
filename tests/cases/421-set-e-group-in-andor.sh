set -e
{ false; echo inside-group; } || echo unreached-or
echo continues
