mkdir d
echo x > d 2>/dev/null || echo failed
echo continues
