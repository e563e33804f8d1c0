# ref: minish
# One word may become at most 1,000,000 words: more is refused at once with a message
# (status 1), and the shell goes on (bash tries, and its memory runs out).
echo {1..1000000000}
echo "refused: $?"
echo {1..1000}{1..1000}{1..1000} | wc -w
echo "refused in a pipeline: ${PIPESTATUS[0]}"
for i in {1..1000000000}; do echo never; done
echo "refused in for: $?"
echo {1..200000} | wc -w
echo "two hundred thousand are fine"
