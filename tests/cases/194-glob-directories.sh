mkdir g && cd g
mkdir -p d1/x d2/y e
touch f d1/z
echo */
echo d*/*
echo */x
